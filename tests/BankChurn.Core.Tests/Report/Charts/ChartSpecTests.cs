using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Tests.Report.Charts;

public class ChartSpecTests
{
    [Fact]
    public void ChartBlock_IsASlideBlock_AndKeepsItsSpec()
    {
        var spec = new BarChartSpec("Отток по городам", [new BarItem("Ярославль", 0.19, new Interval(0.18, 0.2), Highlight: true)], 0.182, "в среднем", ValueAxis.Percent);
        SlideBlock block = new ChartBlock(spec);

        ChartBlock chart = Assert.IsType<ChartBlock>(block);
        Assert.Equal("Отток по городам", chart.Chart.Title);
        Assert.False(((BarChartSpec)chart.Chart).Horizontal);
    }

    [Fact]
    public void Title_IsReadThroughTheBaseType()
    {
        ChartSpec[] specs =
        [
            new GroupedBarChartSpec("a", [], [], ValueAxis.Percent),
            new DistributionChartSpec("b", [], [], ValueAxis.Integer),
            new HeatmapSpec("c", [], []),
            new ForestPlotSpec("d", [], 0, "d Коэна"),
            new ChangeChartSpec("e", [], "октябрь", "ноябрь", ValueAxis.Percent),
        ];

        Assert.Equal(["a", "b", "c", "d", "e"], specs.Select(s => s.Title));
    }

    [Fact]
    public void Heatmap_NotSquare_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HeatmapSpec(null, ["age", "churn"], [[1.0, 0.2], [0.2]]));
        Assert.Throws<ArgumentException>(() => new HeatmapSpec(null, ["age", "churn"], [[1.0, 0.2]]));
        Assert.Equal(2, new HeatmapSpec(null, ["age", "churn"], [[1.0, 0.2], [0.2, 1.0]]).Values.Length);
    }

    [Fact]
    public void GroupedBars_SeriesWithWrongValueCount_Throws()
    {
        ImmutableArray<string> categories = ["1 продукт", "2 продукта"];

        Assert.Throws<ArgumentException>(() => new GroupedBarChartSpec(null, categories, [new BarSeries("Ушедшие", [0.1])], ValueAxis.Percent));
        Assert.Single(new GroupedBarChartSpec(null, categories, [new BarSeries("Ушедшие", [0.1, 0.2], true)], ValueAxis.Percent).Series);
    }

    [Fact]
    public void Distribution_GridMustAscend_AndMatchHeights()
    {
        Assert.Throws<ArgumentException>(() => new DistributionSeries("Ушедшие", [30, 20], [0.1, 0.2]));
        Assert.Throws<ArgumentException>(() => new DistributionSeries("Ушедшие", [20, 30], [0.1]));
        Assert.Throws<ArgumentException>(() => new DistributionSeries("Ушедшие", [20, double.NaN], [0.1, 0.2]));
        Assert.Equal(2, new DistributionSeries("Ушедшие", [20, 20, 30], [0.1, 0.2, 0.3]).X.Length - 1);
    }

    [Fact]
    public void Specs_CompareByValue_WhenTheyShareTheirLists()
    {
        ImmutableArray<ChangeItem> items = [new ChangeItem("Ярославль", 0.181, 0.190)];

        Assert.Equal(new ChangeChartSpec(null, items, "октябрь", "ноябрь", ValueAxis.Percent), new ChangeChartSpec(null, items, "октябрь", "ноябрь", ValueAxis.Percent));
        Assert.Equal(new ForestItem("Доход", 0.07, 0.02, 0.12, true), new ForestItem("Доход", 0.07, 0.02, 0.12, true));
    }
}
