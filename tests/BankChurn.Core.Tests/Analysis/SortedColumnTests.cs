using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis;

/// <summary>Everything read from the one sorted order equals what the statistics compute by sorting their own samples.</summary>
public class SortedColumnTests
{
    /// <summary>A column of <paramref name="rows"/> values with every 11th missing: whole numbers 0..distinct−1, or spread-out reals when distinct is 0.</summary>
    private static NumericColumn Column(int seed, int rows, int distinct)
    {
        var random = new Random(seed);
        var values = new double?[rows];
        for (int i = 0; i < rows; i++)
            values[i] = i % 11 == 3 ? null : distinct > 0 ? random.Next(distinct) : Math.Round(Math.Exp(random.NextDouble() * 12), 2);
        return NumericColumn.From("x", values);
    }

    private static RowSet Random(int seed, int rows, double share)
    {
        var random = new Random(seed);
        return RowSet.Where(rows, _ => random.NextDouble() < share);
    }

    private static double[] Present(NumericColumn column, RowSet rows) => Samples.Values(column, rows);

    [Theory]
    [InlineData(1, 2_000, 0)]      // reals: sorted by comparison
    [InlineData(2, 2_000, 40)]     // whole numbers with heavy ties: counted
    [InlineData(3, 1, 0)]
    [InlineData(4, 0, 0)]
    public void Of_HoldsThePresentRowsInValueOrder(int seed, int rows, int distinct)
    {
        NumericColumn column = Column(seed, rows, distinct);
        SortedColumn sorted = SortedColumn.Of(column);

        double[] expected = [.. Present(column, RowSet.All(rows)).Order()];
        Assert.Equal(expected, Enumerable.Range(0, sorted.Count).Select(sorted.ValueAt));
        if (expected.Length > 0)
            foreach (double p in new[] { 0, 0.01, 0.25, 0.5, 0.99, 1 })
                Assert.Equal(Quantiles.Linear(expected, p), sorted.Quantile(p));
        Assert.Equal(Enumerable.Range(0, rows).Where(r => !column.IsMissing(r)), sorted.Rows.Order());
    }

    [Theory]
    [InlineData(5, 3_000, 0, false)]
    [InlineData(6, 3_000, 25, false)]
    [InlineData(7, 3_000, 25, true)]    // overlapping groups: a row in both counts in both samples
    [InlineData(8, 3_000, 1, false)]    // every value tied
    public void RankSums_GiveTheMannWhitneyOfTheSamples(int seed, int rows, int distinct, bool overlapping)
    {
        NumericColumn column = Column(seed, rows, distinct);
        RowSet a = Random(seed + 100, rows, 0.3);
        RowSet b = overlapping ? Random(seed + 200, rows, 0.6) : a.Not();

        MannWhitneyTest fromOrder = MannWhitney.FromRanks(SortedColumn.Of(column).RankSums(a, b));

        Assert.Equal(MannWhitney.Test(Present(column, a), Present(column, b)), fromOrder);
    }

    [Fact]
    public void RankSums_EmptyGroup_IsTheEmptyTest()
    {
        NumericColumn column = Column(9, 100, 0);
        Assert.Equal(MannWhitney.Test([], Present(column, RowSet.All(100))),
            MannWhitney.FromRanks(SortedColumn.Of(column).RankSums(RowSet.Empty(100), RowSet.All(100))));
    }

    [Theory]
    [InlineData(10, 2_500, 0)]
    [InlineData(11, 2_500, 12)]
    public void RanksInRowOrder_AreTheAverageRanksOfThePresentValues(int seed, int rows, int distinct)
    {
        NumericColumn column = Column(seed, rows, distinct);
        Assert.Equal(Ranks.Average(Present(column, RowSet.All(rows))), SortedColumn.Of(column).RanksInRowOrder());
    }

    [Theory]
    [InlineData(12, 2_000, 0)]
    [InlineData(13, 2_000, 7)]
    public void SplitAndWithin_GiveEachSampleSorted(int seed, int rows, int distinct)
    {
        NumericColumn column = Column(seed, rows, distinct);
        RowSet churned = Random(seed, rows, 0.2);
        SortedColumn sorted = SortedColumn.Of(column);

        (double[] inside, double[] outside) = sorted.Split(churned);

        Assert.Equal(Present(column, churned).Order(), inside);
        Assert.Equal(Present(column, churned.Not()).Order(), outside);
        Assert.Equal(inside, sorted.Within(churned));
    }

    [Theory]
    [InlineData(14, 2_000, 0.2)]
    [InlineData(15, 300, 0)]     // nobody churned
    [InlineData(16, 300, 1)]     // everybody churned
    public void FlagRanks_AreTheAverageRanksOfTheChurnFlagsOfThePresentRows(int seed, int rows, double share)
    {
        NumericColumn column = Column(seed, rows, 0);
        RowSet churned = Random(seed, rows, share);
        PairedSample pairs = Samples.Flagged(churned, column, RowSet.All(rows));
        Assert.Equal(Ranks.Average(pairs.X), BankChurn.Core.Analysis.Correlations.ChurnCorrelations.FlagRanks(churned, column.Missing));
    }
}
