using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Turns a chart spec and a box into shapes in points, without drawing: pure, so tests check positions instead of pixels.
/// Every shape stays inside the box; <see cref="ChartPainter"/> and <see cref="SlidePainter"/> replay them.
/// </summary>
internal static class ChartLayout
{
    public static IReadOnlyList<Shape> Arrange(ChartSpec spec, Box box, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var canvas = new ChartCanvas(context, box);
        switch (spec)
        {
            case BarChartSpec { Horizontal: true } bars: HorizontalBarLayout.Arrange(bars, canvas); break;
            case BarChartSpec bars: VerticalBarLayout.Arrange(bars, canvas); break;
            case GroupedBarChartSpec grouped: GroupedBarLayout.Arrange(grouped, canvas); break;
            case DistributionChartSpec distribution: DistributionLayout.Arrange(distribution, canvas); break;
            case HeatmapSpec heatmap: HeatmapLayout.Arrange(heatmap, canvas); break;
            case ForestPlotSpec forest: ForestPlotLayout.Arrange(forest, canvas); break;
            case ChangeChartSpec change: ChangeChartLayout.Arrange(change, canvas); break;
            default: throw new NotSupportedException($"The PDF writer cannot lay out {spec.GetType().Name} yet.");
        }

        return canvas.Shapes;
    }
}
