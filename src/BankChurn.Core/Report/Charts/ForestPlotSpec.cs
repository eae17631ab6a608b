using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>Effect sizes with intervals, one row per hypothesis, against a line of no effect.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Items">The effects, top to bottom.</param>
/// <param name="ZeroLine">The value of no effect (0 for differences and d, 1 for ratios), drawn as a dashed line.</param>
/// <param name="EffectLabel">What the axis measures ("d Коэна", "Разница долей").</param>
/// <param name="Axis">The unit of the effects: <see cref="ValueAxis.Decimal"/> for d or r, <see cref="ValueAxis.Percent"/> for differences of shares.</param>
public sealed record ForestPlotSpec(
    string? Title,
    ImmutableArray<ForestItem> Items,
    double ZeroLine,
    string EffectLabel,
    ValueAxis Axis = ValueAxis.Decimal) : ChartSpec;
