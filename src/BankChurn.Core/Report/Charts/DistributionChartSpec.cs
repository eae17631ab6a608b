using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>Distributions of groups overlaid (churned against retained), with churn-prone intervals shaded behind them.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Series">The groups, drawn as translucent areas in order.</param>
/// <param name="Shaded">Ranges of the x axis to shade, with optional notes; may be empty.</param>
/// <param name="XAxis">The unit of the x axis (age as <see cref="ValueAxis.Integer"/>, balance as <see cref="ValueAxis.Money"/>).</param>
public sealed record DistributionChartSpec(
    string? Title,
    ImmutableArray<DistributionSeries> Series,
    ImmutableArray<ShadedRange> Shaded,
    ValueAxis XAxis) : ChartSpec;
