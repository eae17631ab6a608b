using System.Collections.Immutable;
using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>
/// Churned against retained on one continuous column: the Mann–Whitney test with its rank-biserial effect, histograms on
/// shared bins, and Gaussian kernel densities on a common grid with the stated bandwidth rule.
/// </summary>
/// <param name="Grid">The x values of both density curves: evenly spaced over the 1st–99th percentile of all present values.</param>
public sealed record DriverDistribution(
    MannWhitneyTest MannWhitney,
    SharedHistogram Histogram,
    BandwidthRule Bandwidth,
    ImmutableArray<double> Grid,
    DensityEstimate ChurnedDensity,
    DensityEstimate RetainedDensity);
