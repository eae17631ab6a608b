using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using PdfSharp.Drawing;

namespace BankChurn.IO.Tests.Pdf.Charts;

/// <summary>Charts inside slides: a chart takes its block's box, shares a row with text or a table, and stays in it.</summary>
public class ChartSlideLayoutTests
{
    private static readonly LayoutContext Context = new(
        new SlideTheme(XColor.FromArgb(0x1F, 0x4E, 0x79), "DejaVu Sans"), CellText.For("ru"), new FixedWidthMeasurer());

    private static SlideDrawing Arrange(Slide slide) => SlideLayout.Arrange(slide, SampleReport.Meta(), 2, 9, Context);

    [Fact]
    public void ChartBesideText_SharesTheRow_ChartGetsTheWiderColumn()
    {
        SlideDrawing drawing = Arrange(ChartSamples.Slide("Отток по городам", ChartSamples.Cities(), "Ярославль выше среднего."));
        (Box chart, Box text) = (drawing.Blocks[0], drawing.Blocks[1]);

        Assert.Equal(chart.Y, text.Y, 3);
        Assert.True(text.X >= chart.Right);
        Assert.Equal(1.5, chart.Width / text.Width, 3);
    }

    [Fact]
    public void ChartBesideTable_TableTakesTheWidthItNeeds_ChartKeepsAReadableWidth()
    {
        Table table = SampleReport.MissingTable();
        Slide slide = new("chart", "Отток по городам", null, [new TableBlock(table), new ChartBlock(ChartSamples.Cities())]);
        SlideDrawing drawing = Arrange(slide);
        (Box tableBox, Box chartBox) = (drawing.Blocks[0], drawing.Blocks[1]);

        double row = tableBox.Width + chartBox.Width;
        double expected = Math.Max(row / 2, Math.Min(TableLayout.CompactWidth(table, Context), row - 330));
        Assert.Equal(expected, tableBox.Width, 3);
        Assert.True(chartBox.Width >= 330 - 1e-9, $"the chart got {chartBox.Width} pt");
        Assert.Equal(tableBox.Y, chartBox.Y, 3);
        Assert.True(chartBox.X >= tableBox.Right);
    }

    [Fact]
    public void ChartBesideNarrowTable_SharesTheRowEqually()
    {
        Table narrow = new([new("Город"), new("Доля", CellFormat.Percent)], [["Рыбинск", 0.16]]);
        SlideDrawing drawing = Arrange(new("chart", "Отток по городам", null, [new ChartBlock(ChartSamples.Cities()), new TableBlock(narrow)]));

        Assert.Equal(drawing.Blocks[0].Width, drawing.Blocks[1].Width, 3);
    }

    [Theory]
    [InlineData("cities")]
    [InlineData("ranking")]
    [InlineData("products")]
    [InlineData("ages")]
    [InlineData("phik")]
    [InlineData("forest")]
    [InlineData("change")]
    [InlineData("thirty")]
    public void ChartSlide_EveryShapeInsideItsRegion(string name)
    {
        SlideDrawing drawing = Arrange(ChartSamples.Slide("Заголовок", ChartSamples.ByName(name), "Вывод."));
        Box[] regions = [drawing.Header, drawing.Footer, .. drawing.Blocks];

        Assert.All(drawing.Blocks, box => Assert.True(drawing.Content.Contains(box), $"{box} leaves the content area"));
        Assert.All(drawing.Shapes.Where(s => s.Bounds.Y > drawing.Header.Bottom + 1 && s.Bounds.Bottom < drawing.Footer.Y - 1), shape =>
            Assert.True(drawing.Blocks.Any(b => b.Contains(shape.Bounds)), $"{shape} at {shape.Bounds} is outside every block"));
        Assert.All(drawing.Shapes, shape => Assert.True(drawing.Page.Contains(shape.Bounds)));
        Assert.True(regions.Length >= 3);
    }
}
