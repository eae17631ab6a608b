using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class ReadableThresholdsTests
{
    [Theory]
    [InlineData("balance", 1_125_782.76, 0, 1_100_000)]        // money: two significant figures
    [InlineData("balance", 83_412, 0, 83_000)]
    [InlineData("balance", 83_412, 5_000, 80_000)]             // one significant figure when it stays near the cut
    [InlineData("est_salary", 149_870.4, 0, 150_000)]
    [InlineData("est_salary", 0.42, 0, 0.42)]
    [InlineData("balance", -83_412, 0, -83_000)]
    [InlineData("balance", 0, 0, 0)]
    [InlineData("age", 34.6, 0, 35)]                           // whole years
    [InlineData("age", 33.5, 0, 34)]
    [InlineData("age", 33.5, 2, 35)]                           // a multiple of 5 within the tolerance
    [InlineData("age", 37.2, 2, 37)]                           // ... but not beyond it
    [InlineData("score", 833.3, 0, 830)]                       // tens
    [InlineData("score", 846, 5, 850)]                         // fifty when close
    [InlineData("equity", 2.5, 0, 3)]                          // whole-number columns
    [InlineData("products", 1.4, 10, 1)]
    public void Round_GivesBankersValues(string column, double raw, double tolerance, double expected) =>
        Assert.Equal(expected, ReadableThresholds.Round(column, raw, tolerance));

    [Fact]
    public void Significant_IsExactlyTheRoundValue() =>
        Assert.Equal("1100000", ReadableThresholds.Significant(1_125_782.76, 2).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Round_NotFinite_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadableThresholds.Round("age", double.NaN));
}
