using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Kernel density estimates for the "churned vs retained" distribution charts.</summary>
public static class Kde
{
    /// <summary>Samples larger than this are linearly binned before evaluation unless the caller says otherwise.</summary>
    public const int DefaultExactLimit = 20_000;

    /// <summary>Bins per bandwidth when binning: the linear-binning error grows like (δ/h)² (Hall and Wand, 1996).</summary>
    private const double BinsPerBandwidth = 40;

    /// <summary>Kernel contributions beyond this many bandwidths are below e^(−40) of the peak and are skipped when binning.</summary>
    private const double Cutoff = 9;

    /// <summary>The most bins a binned estimate uses; past this the bins get wider than h/40 and the error grows.</summary>
    private const int MaxBins = 1 << 18;

    /// <summary>
    /// A Gaussian kernel density estimate of <paramref name="sample"/> at each point of <paramref name="grid"/>, as
    /// scipy.stats.gaussian_kde(sample, bw_method=rule)(grid): f(g) = 1/(n·h) Σ φ((g − xᵢ)/h) with h = s·factor, s the
    /// standard deviation with ddof = 1 and the factor from <paramref name="rule"/>. A Gaussian kernel because the
    /// charts need a smooth, everywhere-positive curve, and the normal-reference rules give a sensible width without
    /// tuning for the unimodal, skewed columns here (Silverman, 1986, ch. 3).
    /// <para>
    /// Above <paramref name="exactLimit"/> observations (default <see cref="DefaultExactLimit"/>) the sample is first
    /// linearly binned (Wand, 1994, J Comp Graph Stat 3:433–445) onto equally spaced points over [min, max],
    /// 40 per bandwidth (at most 2¹⁸), each observation splitting its weight between its two neighbours, and kernels
    /// beyond 9 bandwidths are skipped. The cost falls from n × grid to n + grid × 720 kernel evaluations
    /// (one million clients in milliseconds), and the density stays within about 1e-3 relative of the exact sum wherever
    /// data lie within 9 bandwidths of the grid point; further out the (tiny) density reads 0.
    /// </para>
    /// Fewer than two observations or zero spread cannot set a bandwidth (SciPy raises): the density is all 0 and
    /// <see cref="DensityEstimate.Degeneracy"/> says why, so the chart can show the point mass another way.
    /// </summary>
    public static DensityEstimate Gaussian(
        ReadOnlySpan<double> sample, ReadOnlySpan<double> grid, BandwidthRule rule, int exactLimit = DefaultExactLimit)
    {
        Descriptive.RequireFinite(sample, nameof(sample));
        Descriptive.RequireFinite(grid, nameof(grid));
        ArgumentOutOfRangeException.ThrowIfNegative(exactLimit);
        int n = sample.Length;
        var density = new double[grid.Length];
        if (n < 2)
            return Result(0, false, n == 0 ? Degeneracy.EmptyGroup : Degeneracy.TooFewObservations);
        double sd = Descriptive.StandardDeviation(sample);
        if (sd <= 0)
            return Result(0, false, Degeneracy.NoVariance);

        double factor = rule switch
        {
            BandwidthRule.Scott => Math.Pow(n, -0.2),
            BandwidthRule.Silverman => Math.Pow(n * 0.75, -0.2),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        double h = sd * factor;
        double norm = 1 / (n * h * Math.Sqrt(2 * Math.PI));

        if (n <= exactLimit)
        {
            for (int g = 0; g < grid.Length; g++)
            {
                double sum = 0;
                foreach (double x in sample)
                {
                    double u = (grid[g] - x) / h;
                    sum += Math.Exp(-0.5 * u * u);
                }
                density[g] = sum * norm;
            }
            return Result(h, false, Degeneracy.None);
        }

        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double x in sample)
        {
            lo = Math.Min(lo, x);
            hi = Math.Max(hi, x);
        }
        int bins = (int)Math.Clamp(Math.Ceiling(BinsPerBandwidth * (hi - lo) / h) + 1, 2, MaxBins);
        double step = (hi - lo) / (bins - 1);
        var weights = new double[bins];
        foreach (double x in sample)
        {
            double position = (x - lo) / step;
            int left = Math.Min((int)position, bins - 2);
            double right = position - left;
            weights[left] += 1 - right;
            weights[left + 1] += right;
        }
        int reach = (int)Math.Ceiling(Cutoff * h / step);
        for (int g = 0; g < grid.Length; g++)
        {
            double centre = (grid[g] - lo) / step;
            int first = Math.Max(0, (int)Math.Floor(centre) - reach);
            int last = Math.Min(bins - 1, (int)Math.Ceiling(centre) + reach);
            double sum = 0;
            for (int k = first; k <= last; k++)
            {
                double u = (grid[g] - (lo + k * step)) / h;
                sum += weights[k] * Math.Exp(-0.5 * u * u);
            }
            density[g] = sum * norm;
        }
        return Result(h, true, Degeneracy.None);

        DensityEstimate Result(double bandwidth, bool binned, Degeneracy why) =>
            new(bandwidth, ImmutableCollectionsMarshal.AsImmutableArray(density), binned, why);
    }
}
