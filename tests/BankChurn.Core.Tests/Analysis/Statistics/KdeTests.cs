using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class KdeTests
{
    private static readonly double[] Sample = [1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.2, 7.7, 8.1, 9.4, 3.3, 2.2];
    private static readonly double[] Grid = [-2, 0, 2, 4, 6, 8, 10, 12]; // np.linspace(-2, 12, 8)

    // Expected: SciPy 1.10.1: k=stats.gaussian_kde(S, bw_method=bw); print(k.factor*np.std(S,ddof=1), k(np.linspace(-2,12,8)).tolist())
    public static TheoryData<BandwidthRule, double, double[]> Cases => new()
    {
        { BandwidthRule.Scott, 1.5874801994266312,
          [0.004295238559427659, 0.04102023524864111, 0.11979932165741922, 0.1340933450080241,
           0.08878686245442291, 0.06696752683723156, 0.03752927783089043, 0.0070396993495371665] },
        { BandwidthRule.Silverman, 1.681496874425611,
          [0.005488760854009121, 0.043189864396372304, 0.11679786858471537, 0.1316060608997317,
           0.09019300242636666, 0.06637593255956105, 0.037506582240869696, 0.008087406342008514] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gaussian_MatchesScipyGaussianKde(BandwidthRule rule, double bandwidth, double[] expected)
    {
        DensityEstimate kde = Kde.Gaussian(Sample, Grid, rule);

        Assert.False(kde.Binned);
        Assert.Equal(Degeneracy.None, kde.Degeneracy);
        Reference.Close(bandwidth, kde.Bandwidth);
        Assert.Equal(expected.Length, kde.Density.Length);
        for (int i = 0; i < expected.Length; i++)
            Reference.Close(expected[i], kde.Density[i], what: $"grid {Grid[i]}");
    }

    /// <summary>50,000 draws from a skewed two-part mixture, like ages of two client groups, with a fixed seed.</summary>
    private static double[] LargeSample()
    {
        var random = new Random(20240601);
        var sample = new double[50_000];
        for (int i = 0; i < sample.Length; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            double normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            sample[i] = i % 3 == 0 ? 55 + 9 * normal : Math.Exp(3.5 + 0.2 * normal);
        }
        return sample;
    }

    [Theory]
    [InlineData(BandwidthRule.Scott)]
    [InlineData(BandwidthRule.Silverman)]
    public void Gaussian_LargeSample_BinnedStaysWithin1e3OfExact(BandwidthRule rule)
    {
        double[] sample = LargeSample();
        double lo = sample.Min(), hi = sample.Max();
        double[] grid = [.. Enumerable.Range(0, 201).Select(i => lo + (hi - lo) * i / 200)];

        DensityEstimate binned = Kde.Gaussian(sample, grid, rule);
        DensityEstimate exact = Kde.Gaussian(sample, grid, rule, exactLimit: int.MaxValue);

        Assert.True(binned.Binned, "50,000 is above the default exact limit");
        Assert.False(exact.Binned);
        Assert.Equal(exact.Bandwidth, binned.Bandwidth);
        for (int i = 0; i < grid.Length; i++)
            Reference.Close(exact.Density[i], binned.Density[i], 1e-3, $"grid {grid[i]}");
    }

    [Fact]
    public void Gaussian_IntegratesToOne()
    {
        double[] grid = [.. Enumerable.Range(0, 2001).Select(i => -10 + i * 0.01 * 1.5)];
        DensityEstimate kde = Kde.Gaussian(Sample, grid, BandwidthRule.Scott);
        double area = kde.Density.Sum() * 0.015;
        Assert.Equal(1.0, area, 4);
    }

    [Theory]
    [InlineData(new double[0], Degeneracy.EmptyGroup)]
    [InlineData(new[] { 4.0 }, Degeneracy.TooFewObservations)]
    [InlineData(new[] { 4.0, 4.0, 4.0 }, Degeneracy.NoVariance)]
    public void Gaussian_NoBandwidth_GivesZerosAndAFlag(double[] sample, Degeneracy why)
    {
        DensityEstimate kde = Kde.Gaussian(sample, Grid, BandwidthRule.Scott);
        Assert.Equal(why, kde.Degeneracy);
        Assert.All(kde.Density, d => Assert.Equal(0.0, d));
        Assert.Equal(Grid.Length, kde.Density.Length);
    }
}
