using BankChurn.Core.Report;

namespace BankChurn.Core.Tests.Segments;

public class WordingMoneyTests
{
    [Theory]
    [InlineData(1_100_000, "1,1 млн ₽", "1.1m ₽")]
    [InlineData(83_000, "83 тыс. ₽", "83k ₽")]
    [InlineData(950, "950 ₽", "950 ₽")]
    [InlineData(2_500_000_000, "2,5 млрд ₽", "2.5bn ₽")]
    [InlineData(0, "0 ₽", "0 ₽")]
    [InlineData(-83_000, "−83 тыс. ₽", "-83k ₽")]
    public void Money_IsCompact(double rubles, string russian, string english)
    {
        Assert.Equal(russian, Wording.For("ru").Money(rubles).Replace('\u00A0', ' '));
        Assert.Equal(english, Wording.For("en").Money(rubles).Replace('\u00A0', ' '));
    }

    [Fact]
    public void MoneyRange_PutsCurrencyOnceInRussian()
    {
        Assert.Equal("80 тыс. – 1,1 млн ₽", Wording.For("ru").MoneyRange(80_000, 1_100_000).Replace('\u00A0', ' '));
        Assert.Equal("80k–1.1m ₽", Wording.For("en").MoneyRange(80_000, 1_100_000).Replace('\u00A0', ' '));
    }
}
