using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class IntervalBinsTests
{
    [Theory]
    [InlineData(1, 1000, 0)]       // continuous values
    [InlineData(2, 5000, 30)]      // heavy ties: 30 distinct values
    [InlineData(3, 20, 4)]         // fewer rows than the sort cut-off, ties merge cut points
    [InlineData(4, 3, 0)]          // three values for ten bins
    [InlineData(5, 100_000, 7)]    // deep enough to recurse
    public void Quantile_MatchesColumnGroupsBinning(int seed, int rows, int distinct)
    {
        var random = new Random(seed);
        var values = new double?[rows];
        for (int i = 0; i < rows; i++)
            values[i] = i % 13 == 5 ? null : distinct > 0 ? random.Next(distinct) * 2.5 : Math.Exp(random.NextDouble() * 10);
        NumericColumn column = NumericColumn.From("balance", values);
        var table = new ClientTable(new long[rows], ImmutableDictionary<string, NumericColumn>.Empty.Add("balance", column),
            ImmutableDictionary<string, CategoryColumn>.Empty, new RowSet(rows), new int[rows]);

        ColumnGroups groups = ColumnGroups.Of(table, "balance", bins: 10);
        CodedColumn coded = IntervalBins.Quantile(column, 10);
        Assert.Equal(groups.Codes, coded.Codes);
        Assert.Equal(groups.Levels.Length, coded.Levels);
    }

    [Fact]
    public void Quantile_AllMissing_CodesEveryRowMissing()
    {
        CodedColumn coded = IntervalBins.Quantile(NumericColumn.From("x", [null, null]), 10);
        Assert.Equal([-1, -1], coded.Codes);
        Assert.Equal(0, coded.Levels);
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 10_000)]
    [InlineData(3, 40_000)]
    public void Select_ReturnsTheSortedArraysValuesAtTheRanks(int seed, int n)
    {
        var random = new Random(seed);
        double[] data = [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(n / 3 + 1))];
        double[] sorted = [.. data.Order()];
        int[] ranks = [0, 1, n / 10, n / 2, n / 2 + 1, n - 2, n - 1];
        Dictionary<int, double> found = OrderStatistics.Select(data, ranks);
        foreach (int rank in ranks)
            Assert.Equal(sorted[rank], found[rank]);
    }
}
