namespace BankChurn.Core.Report.Charts;

/// <summary>
/// What a chart shows, in data units (shares as fractions 0..1, money in roubles). A closed set of cases:
/// <see cref="BarChartSpec"/>, <see cref="GroupedBarChartSpec"/>, <see cref="DistributionChartSpec"/>,
/// <see cref="HeatmapSpec"/>, <see cref="ForestPlotSpec"/> and <see cref="ChangeChartSpec"/>. Writers decide sizes,
/// ticks, colours and where labels go.
/// </summary>
public abstract record ChartSpec
{
    // Only this assembly may add cases, so a writer's switch can list them all.
    private protected ChartSpec()
    {
    }

    /// <summary>A short heading drawn above the plot ("Отток по городам"), or null when the slide title says it all.</summary>
    public abstract string? Title { get; init; }
}
