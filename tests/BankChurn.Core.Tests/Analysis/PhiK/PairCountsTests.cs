using BankChurn.Core.Analysis.PhiK;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class PairCountsTests
{
    [Theory]
    [InlineData(7)]     // shorter than one unrolled block plus a tail
    [InlineData(1001)]  // blocks of four and a tail of one
    public void Count_ByteCodes_EqualIntCodes(int rows)
    {
        var random = new Random(rows);
        var x = new CodedColumn("x", [.. Enumerable.Range(0, rows).Select(_ => random.Next(-1, 4))], 4);
        var y = new CodedColumn("y", [.. Enumerable.Range(0, rows).Select(_ => random.Next(-1, 3))], 3);
        long[,] expected = PairCounts.Count(x.Codes, 4, y.Codes, 3);
        long[,] actual = PairCounts.Count(PairCounts.AsBytes(x)!, 4, PairCounts.AsBytes(y)!, 3);
        Assert.Equal(expected, actual);
        Assert.Equal(x.Codes.Zip(y.Codes).Count(p => p.First >= 0 && p.Second >= 0), expected.Cast<long>().Sum());
    }

    [Fact]
    public void AsBytes_TooManyLevels_IsNull() =>
        Assert.Null(PairCounts.AsBytes(new CodedColumn("id", [0, 300], 301)));
}
