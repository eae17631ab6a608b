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
    public static DriverDistribution Of(ClientTable table, string column, int histogramBins, KdeBandwidthRule rule) =>
        Of(new ColumnIndex(table), column, histogramBins, rule);

    /// <summary>
    /// <see cref="Of(ClientTable, string, int, KdeBandwidthRule)"/> on the index's table: the rank test and the grid's
    /// percentiles read the column's one sorted order; the histograms and densities take the samples in row order.
    /// </summary>
    public static DriverDistribution Of(ColumnIndex index, string column, int histogramBins, KdeBandwidthRule rule)
    {
        ArgumentNullException.ThrowIfNull(index);
        ClientTable table = index.Table;
        NumericColumn values = table.Numeric(column);
        RowSet retainedRows = table.Churned.Not();
        double[] churned = Samples.Values(values, table.Churned);
        double[] retained = Samples.Values(values, retainedRows);
        SortedColumn sorted = index.Sorted(column);
        MannWhitneyTest test = MannWhitney.FromRanks(sorted.RankSums(table.Churned, retainedRows));
        SharedHistogram histogram = Histogram.Shared(churned, retained, histogramBins);
        BandwidthRule bandwidth = rule == KdeBandwidthRule.Silverman ? BandwidthRule.Silverman : BandwidthRule.Scott;
        ImmutableArray<double> grid = Grid(sorted);
        return new DriverDistribution(
            test,
            histogram,
            bandwidth,
            grid,
            Kde.Gaussian(churned, grid.AsSpan(), bandwidth),
            Kde.Gaussian(retained, grid.AsSpan(), bandwidth));
    }

    private static ImmutableArray<double> Grid(SortedColumn sorted)
    {
        if (sorted.Count == 0)
            return [];
        double low = sorted.Quantile(0.01), high = sorted.Quantile(0.99);
        if (high <= low)
            return [low];
        return [.. Enumerable.Range(0, GridPoints).Select(i => low + (high - low) * i / (GridPoints - 1))];
    }
}
