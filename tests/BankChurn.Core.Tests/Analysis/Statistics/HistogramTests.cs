using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class HistogramTests
{
    // Expected: numpy 1.24.2: e=np.histogram(a+b, bins=k)[1]; print(e.tolist(), np.histogram(a,e)[0].tolist(), np.histogram(b,e)[0].tolist())
    public static TheoryData<double[], double[], int, double[], int[], int[]> Cases => new()
    {
        // 10.0, the maximum, falls in the last bin (its right edge is inclusive).
        { [1.0, 2.0, 2.5, 3.0, 10.0], [0.5, 4.0, 7.5, 10.0, 3.0, 2.0], 4, [0.5, 2.875, 5.25, 7.625, 10.0], [3, 1, 0, 1], [2, 2, 1, 1] },
        // Values on inner edges go to the bin on their right, as numpy decides with its own float edges.
        { [0.1, 0.2, 0.3], [0.7, 0.6], 6, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], [1, 1, 1, 0, 0, 0], [0, 0, 0, 0, 0, 2] },
        // One distinct value: the range widens to v ± ½.
        { [5.0, 5.0], [5.0], 3, [4.5, 4.833333333333333, 5.166666666666667, 5.5], [0, 2, 0], [0, 1, 0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shared_MatchesNumpyHistogram(double[] a, double[] b, int bins, double[] edges, int[] countsA, int[] countsB)
    {
        SharedHistogram histogram = Histogram.Shared(a, b, bins);

        Assert.Equal(edges, histogram.Edges);
        Assert.Equal(countsA, histogram.CountsA);
        Assert.Equal(countsB, histogram.CountsB);
    }

    [Fact]
    public void Shared_OneGroupEmpty_StillBinsTheOther()
    {
        SharedHistogram histogram = Histogram.Shared([], [1, 2, 3, 4], 2);
        Assert.Equal(new[] { 0, 0 }, histogram.CountsA);
        Assert.Equal(new[] { 2, 2 }, histogram.CountsB);
    }

    [Fact]
    public void Shared_BothEmpty_UsesUnitRange()
    {
        SharedHistogram histogram = Histogram.Shared([], [], 2);
        Assert.Equal(new[] { 0.0, 0.5, 1.0 }, histogram.Edges);
        Assert.Equal(new[] { 0, 0 }, histogram.CountsA);
    }

    [Fact]
    public void Shared_CountsSumToGroupSizes()
    {
        double[] a = [.. Enumerable.Range(0, 997).Select(i => Math.Sin(i) * 1e6)];
        double[] b = [.. Enumerable.Range(0, 503).Select(i => Math.Cos(i * 1.7) * 3e5)];
        SharedHistogram histogram = Histogram.Shared(a, b, 37);
        Assert.Equal(997, histogram.CountsA.Sum());
        Assert.Equal(503, histogram.CountsB.Sum());
    }

    [Fact]
    public void Shared_ZeroBins_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Histogram.Shared([1], [2], 0));
}
