using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class IntervalBinsTests
{
    /// <summary>
    /// The quantile bins φK uses (ColumnGroups' bins, from the sorted column) against a plain reference: sort the present
    /// values, cut at the minimum and numpy's linear quantiles k/10 (tied cuts merged), bins closed on the right, and
    /// missing values as one more level.
    /// </summary>
    [Theory]
    [InlineData(1, 1000, 0)]       // continuous values
    [InlineData(2, 5000, 30)]      // heavy ties: 30 distinct values
    [InlineData(3, 20, 4)]         // few rows, ties merge cut points
    [InlineData(4, 3, 0)]          // three values for ten bins
    [InlineData(5, 100_000, 7)]    // many rows, few values
    public void Quantile_MatchesASortedReference(int seed, int rows, int distinct)
    {
        var random = new Random(seed);
        var values = new double?[rows];
        for (int i = 0; i < rows; i++)
            values[i] = i % 13 == 5 ? null : distinct > 0 ? random.Next(distinct) * 2.5 : Math.Exp(random.NextDouble() * 10);
        NumericColumn column = NumericColumn.From("balance", values);
        var table = new ClientTable(new long[rows], ImmutableDictionary<string, NumericColumn>.Empty.Add("balance", column),
            ImmutableDictionary<string, CategoryColumn>.Empty, new RowSet(rows), new int[rows]);

        double[] sorted = [.. values.OfType<double>().Order()];
        var cuts = new List<double> { sorted[0] };
        for (int k = 1; k <= 10; k++)
            if (Quantiles.Linear(sorted, k / 10.0) is var cut && cut > cuts[^1]) cuts.Add(cut);
        if (cuts.Count == 1) cuts.Add(cuts[0]);
        double[] upper = [.. cuts.Skip(1)];
        int bins = upper.Length;
        int[] expected = [.. values.Select(v => v is { } x ? Math.Min(upper.Count(c => c < x), bins - 1) : bins)];

        CodedColumn coded = PhiKColumns.Code(table, "balance", PhiKBinning.QuantileWithMissing);
        Assert.Equal(expected, coded.Codes);
        Assert.Equal(values.Contains(null) ? bins + 1 : bins, coded.Levels);
    }

    [Fact]
    public void Quantile_AllMissing_CodesEveryRowMissing()
    {
        var table = new ClientTable(new long[2], ImmutableDictionary<string, NumericColumn>.Empty.Add("balance", NumericColumn.From("balance", [null, null])),
            ImmutableDictionary<string, CategoryColumn>.Empty, new RowSet(2), new int[2]);
        CodedColumn coded = PhiKColumns.Code(table, "balance", PhiKBinning.QuantileWithMissing);
        Assert.Equal([0, 0], coded.Codes);   // the missing level is the only one
        Assert.Equal(1, coded.Levels);
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
