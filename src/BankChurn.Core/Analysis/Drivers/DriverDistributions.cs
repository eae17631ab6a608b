using System.Collections.Immutable;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>Builds the <see cref="DriverDistribution"/> of a continuous column.</summary>
public static class DriverDistributions
{
    /// <summary>Points of the density grid: smooth at slide size, small in results.json.</summary>
    public const int GridPoints = 64;

    /// <summary>
    /// Mann–Whitney rather than a t-test because these columns are skewed (balance, income) or bounded (age, score), and the
    /// question is whether churned clients tend to have higher values, not whether the means differ (Mann and Whitney, 1947).
    /// The density grid spans the 1st to 99th percentile so that a long tail (balances in the hundreds of millions) does not
    /// squeeze the body of the distribution into one corner.
    /// </summary>
    public static DriverDistribution Of(ClientTable table, string column, int histogramBins, KdeBandwidthRule rule)
    {
        NumericColumn values = table.Numeric(column);
        double[] churned = Samples.Values(values, table.Churned);
        double[] retained = Samples.Values(values, table.Churned.Not());
        MannWhitneyTest test = MannWhitney.Test(churned, retained);
        SharedHistogram histogram = Histogram.Shared(churned, retained, histogramBins);
        BandwidthRule bandwidth = rule == KdeBandwidthRule.Silverman ? BandwidthRule.Silverman : BandwidthRule.Scott;
        ImmutableArray<double> grid = Grid([.. churned, .. retained]);
        return new DriverDistribution(
            test,
            histogram,
            bandwidth,
            grid,
            Kde.Gaussian(churned, grid.AsSpan(), bandwidth),
            Kde.Gaussian(retained, grid.AsSpan(), bandwidth));
    }

    private static ImmutableArray<double> Grid(double[] all)
    {
        if (all.Length == 0)
            return [];
        // Two quantiles need no full sort: quickselect finds the four order statistics they interpolate between.
        int n = all.Length;
        int[] ranks = [.. Bracket(n, 0.01).Concat(Bracket(n, 0.99)).Distinct().Order()];
        Dictionary<int, double> at = PhiK.OrderStatistics.Select(all, ranks);
        double Quantile(double p)
        {
            double h = (n - 1) * p;
            int lo = (int)Math.Floor(h), hi = Math.Min(lo + 1, n - 1);
            return at[lo] + (h - lo) * (at[hi] - at[lo]);
        }
        double low = Quantile(0.01), high = Quantile(0.99);
        if (high <= low)
            return [low];
        return [.. Enumerable.Range(0, GridPoints).Select(i => low + (high - low) * i / (GridPoints - 1))];
    }

    /// <summary>The 0-based order statistics that the type-7 quantile p of n values interpolates between.</summary>
    private static int[] Bracket(int n, double p)
    {
        int lo = (int)Math.Floor((n - 1) * p);
        return [lo, Math.Min(lo + 1, n - 1)];
    }
}
