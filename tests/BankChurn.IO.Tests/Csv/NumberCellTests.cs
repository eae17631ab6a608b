using System.Globalization;
using System.Text;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

public sealed class NumberCellTests
{
    [Theory]
    [InlineData('.', "850.0", 850.0)]
    [InlineData('.', "59214.82", 59214.82)]
    [InlineData('.', "-0.1", -0.1)]
    [InlineData('.', "+3", 3.0)]
    [InlineData('.', ".5", 0.5)]
    [InlineData('.', "5.", 5.0)]
    [InlineData('.', "1e3", 1000.0)]
    [InlineData('.', "12345678901234567890", 12345678901234567890.0)]
    [InlineData(',', "850,5", 850.5)]
    [InlineData(',', "1,25E2", 125.0)]
    public void TryParse_WrittenNumbers_Parse(char mark, string text, double expected)
    {
        new NumberCell(mark).TryParse(Encoding.UTF8.GetBytes(text), out double value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData('.', "850,5")]
    [InlineData(',', "850.5")]
    [InlineData('.', "1,000.5")]
    [InlineData('.', "abc")]
    [InlineData('.', "-")]
    [InlineData('.', "Infinity")]
    [InlineData('.', "1e400")]
    [InlineData('.', "1.2.3")]
    public void TryParse_OtherText_Fails(char mark, string text) =>
        new NumberCell(mark).TryParse(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();

    [Fact]
    public void TryParse_FastPath_IsBitForBitDoubleParse()
    {
        // The fast path divides an exact integer by an exact power of ten; it must agree with the BCL on every value.
        var random = new Random(20240601);
        var cell = new NumberCell('.');
        for (int i = 0; i < 200_000; i++)
        {
            long mantissa = random.NextInt64(0, 1_000_000_000_000_000);
            int decimals = random.Next(0, 16);
            string text = mantissa.ToString(CultureInfo.InvariantCulture);
            if (decimals > 0)
                text = text.PadLeft(decimals + 1, '0').Insert(Math.Max(1, text.PadLeft(decimals + 1, '0').Length - decimals), ".");
            cell.TryParse(Encoding.UTF8.GetBytes(text), out double value).Should().BeTrue(text);
            if (value != double.Parse(text, CultureInfo.InvariantCulture))
                Assert.Fail($"{text}: {value:R} != {double.Parse(text, CultureInfo.InvariantCulture):R}");
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("NA", true)]
    [InlineData("NaN", true)]
    [InlineData("null", true)]
    [InlineData("0", false)]
    [InlineData("n", false)]
    public void IsMissing_MarkersOfNoValue_AreMissing(string text, bool missing) =>
        NumberCell.IsMissing(Encoding.UTF8.GetBytes(text)).Should().Be(missing);
}
