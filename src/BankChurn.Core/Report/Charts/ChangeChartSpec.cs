using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>Month over month: each figure as a dumbbell from its previous value to its current one.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Items">The figures, top to bottom.</param>
/// <param name="BeforeLabel">The previous period as shown in the legend ("октябрь 2026").</param>
/// <param name="AfterLabel">This period as shown in the legend ("ноябрь 2026").</param>
/// <param name="Axis">The unit of the values; shares start at zero.</param>
public sealed record ChangeChartSpec(
    string? Title,
    ImmutableArray<ChangeItem> Items,
    string BeforeLabel,
    string AfterLabel,
    ValueAxis Axis) : ChartSpec;
