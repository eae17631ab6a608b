using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>Bars with value labels, optional interval whiskers and an optional reference line (the average churn); horizontal bars make a ranking.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Bars">The bars in display order (top to bottom when horizontal, left to right otherwise).</param>
/// <param name="ReferenceLine">A value marked across the plot with a dashed line (e.g. the overall churn share), or null.</param>
/// <param name="ReferenceLabel">What the reference line is ("в среднем"); the writer appends the formatted value.</param>
/// <param name="Axis">The unit of <see cref="BarItem.Value"/>; shares start at zero.</param>
/// <param name="Horizontal">True for horizontal bars with the labels on the left: the choice for long labels and rankings.</param>
public sealed record BarChartSpec(
    string? Title,
    ImmutableArray<BarItem> Bars,
    double? ReferenceLine,
    string? ReferenceLabel,
    ValueAxis Axis,
    bool Horizontal = false) : ChartSpec;
