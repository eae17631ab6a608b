using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>Bars side by side per category, one per series: churned against retained clients.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Categories">The groups along the axis, in display order.</param>
/// <param name="Series">The series; each has exactly one value per category.</param>
/// <param name="Axis">The unit of the values; shares start at zero.</param>
public sealed record GroupedBarChartSpec(
    string? Title,
    ImmutableArray<string> Categories,
    ImmutableArray<BarSeries> Series,
    ValueAxis Axis) : ChartSpec
{
    /// <summary>The series, checked to have one value per category.</summary>
    public ImmutableArray<BarSeries> Series { get; init; } = Checked(Categories, Series);

    private static ImmutableArray<BarSeries> Checked(ImmutableArray<string> categories, ImmutableArray<BarSeries> series)
    {
        int count = categories.IsDefault ? 0 : categories.Length;
        foreach (BarSeries one in series.IsDefault ? [] : series)
        {
            int values = one.Values.IsDefault ? 0 : one.Values.Length;
            if (values != count)
                throw new ArgumentException($"Series '{one.Name}' has {values} values for {count} categories.", nameof(series));
        }

        return series;
    }
}
