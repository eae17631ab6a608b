using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

/// <summary>The counting shortcut for whole-number samples gives exactly what the sorting path gives.</summary>
public class CountingRanksTests
{
    [Theory]
    [InlineData(1, 2)]        // 0/1 flags
    [InlineData(2, 90)]       // ages
    [InlineData(3, 400)]      // scores
    [InlineData(4, 70_000)]   // wider than the counting range: the sort path on both sides
    public void Average_WholeNumbers_EqualsTheSortingPath(int seed, int range)
    {
        var random = new Random(seed);
        double[] whole = [.. Enumerable.Range(0, 5000).Select(_ => (double)random.Next(range) - 10)];
        // An order-preserving map to non-whole numbers keeps ranks and ties but forces the sorting path.
        double[] shifted = [.. whole.Select(v => v * 1.5 + 0.25)];
        double[] counted = Ranks.Average(whole, out double countedTies);
        double[] sorted = Ranks.Average(shifted, out double sortedTies);
        Assert.Equal(sorted, counted);
        Assert.Equal(sortedTies, countedTies);
    }

    [Fact]
    public void Ascending_WholeNumbers_SortsLikeArraySort()
    {
        var random = new Random(5);
        double[] values = [.. Enumerable.Range(0, 3000).Select(_ => (double)random.Next(-50, 50))];
        double[] expected = [.. values.Order()];
        Assert.Equal(expected, Sorting.Ascending([.. values]));
        double[] fractional = [.. values.Select(v => v / 3)];
        Assert.Equal([.. fractional.Order()], Sorting.Ascending([.. fractional]));
    }
}
