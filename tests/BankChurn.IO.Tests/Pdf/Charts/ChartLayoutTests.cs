using BankChurn.Core.Report.Charts;
using BankChurn.IO.Pdf;
using BankChurn.IO.Pdf.Charts;
using PdfSharp.Drawing;

namespace BankChurn.IO.Tests.Pdf.Charts;

public class ChartLayoutTests
{
    private static readonly LayoutContext Context = new(
        new SlideTheme(XColor.FromArgb(0x1F, 0x4E, 0x79), "DejaVu Sans"), CellText.For("ru"), new FixedWidthMeasurer());

    /// <summary>A full-width chart, a chart beside text, and a cramped one.</summary>
    private static readonly Box[] Boxes = [new(48, 120, 864, 370), new(48, 120, 500, 370), new(600, 300, 260, 150)];

    private static readonly Box Wide = Boxes[0];

    public static TheoryData<string> AllSamples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in ChartSamples.Names.Concat(AwkwardCharts.Names))
                data.Add(name);
            return data;
        }
    }

    private static ChartSpec Spec(string name) =>
        ChartSamples.Names.Contains(name) ? ChartSamples.ByName(name) : AwkwardCharts.ByName(name);

    private static IReadOnlyList<Shape> Arrange(ChartSpec spec, Box box) => ChartLayout.Arrange(spec, box, Context);

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Arrange_EveryShapeInsideTheBox(string name)
    {
        foreach (Box box in Boxes)
        {
            IReadOnlyList<Shape> shapes = Arrange(Spec(name), box);

            Assert.NotEmpty(shapes);
            Assert.All(shapes, shape => Assert.True(box.Contains(shape.Bounds), $"{name} in {box}: {shape} at {shape.Bounds} leaves the box"));
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Arrange_NoTwoTextsOverlap(string name)
    {
        foreach (Box box in Boxes)
        {
            Shape[] texts = [.. Arrange(Spec(name), box).Where(s => s is TextShape or RotatedTextShape)];
            PointPt[][] outlines = [.. texts.Select(Geometry.Outline)];
            for (int i = 0; i < texts.Length; i++)
            {
                for (int j = i + 1; j < texts.Length; j++)
                    Assert.False(Geometry.Overlap(outlines[i], outlines[j]), $"{name} in {box}: {texts[i]} overlaps {texts[j]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Arrange_NoNaNOrInfinityInAnyShape(string name)
    {
        IReadOnlyList<Shape> shapes = Arrange(Spec(name), Wide);

        Assert.All(shapes, s => Assert.True(double.IsFinite(s.Bounds.X + s.Bounds.Y + s.Bounds.Width + s.Bounds.Height), $"{s}"));
    }

    [Fact]
    public void VerticalBars_StartAtZero_AndHeightsScaleWithValues()
    {
        BarChartSpec spec = ChartSamples.Cities();
        RectShape[] bars = Bars(Arrange(spec, Wide));

        Assert.Equal(3, bars.Length);
        Assert.All(bars, bar => Assert.Equal(bars[0].Box.Bottom, bar.Box.Bottom, 3));
        Assert.Equal(spec.Bars[1].Value / spec.Bars[0].Value, bars[1].Box.Height / bars[0].Box.Height, 6);
        Assert.Equal(spec.Bars[2].Value / spec.Bars[0].Value, bars[2].Box.Height / bars[0].Box.Height, 6);
        // The zero line sits at the bars' foot and is labelled "0 %".
        TextShape zero = Assert.Single(Arrange(spec, Wide).OfType<TextShape>(), t => t.Text == "0\u00A0%");
        Assert.Equal(bars[0].Box.Bottom, zero.Line.Y + (zero.Line.Height / 2), 3);
    }

    [Fact]
    public void HorizontalBars_StartAtZero_AndLengthsScaleWithValues()
    {
        BarChartSpec spec = ChartSamples.Ranking();
        RectShape[] bars = Bars(Arrange(spec, Wide));

        Assert.Equal(spec.Bars.Length, bars.Length);
        Assert.All(bars, bar => Assert.Equal(bars[0].Box.X, bar.Box.X, 3));
        for (int i = 1; i < bars.Length; i++)
            Assert.Equal(spec.Bars[i].Value / spec.Bars[0].Value, bars[i].Box.Width / bars[0].Box.Width, 6);
        Assert.True(bars.Zip(bars.Skip(1)).All(pair => pair.First.Box.Y < pair.Second.Box.Y), "bars keep the spec's order, top to bottom");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReferenceLine_SitsAtItsValue(bool horizontal)
    {
        BarChartSpec spec = (horizontal ? ChartSamples.Ranking() : ChartSamples.Cities()) with { ReferenceLine = 0.182 };
        IReadOnlyList<Shape> shapes = Arrange(spec, Wide);
        RectShape bar = Bars(shapes)[0];
        SegmentShape line = Assert.Single(shapes.OfType<SegmentShape>(), s => s.Dashed && Math.Abs(s.To.X - s.From.X) + Math.Abs(s.To.Y - s.From.Y) > 40 && s.From.X != s.To.X == !horizontal && s.From.Y != s.To.Y == horizontal);

        // Position along the value axis, measured from zero, in proportion to the first bar.
        double expected = horizontal
            ? bar.Box.X + (bar.Box.Width * 0.182 / spec.Bars[0].Value)
            : bar.Box.Bottom - (bar.Box.Height * 0.182 / spec.Bars[0].Value);
        Assert.Equal(expected, horizontal ? line.From.X : line.From.Y, 6);
        Assert.Contains(shapes.OfType<TextShape>(), t => t.Text.StartsWith("в среднем", StringComparison.Ordinal) && t.Text.EndsWith("18,2\u00A0%", StringComparison.Ordinal));
    }

    [Fact]
    public void ValueLabels_ShowFormattedValuesOverTheirBars()
    {
        IReadOnlyList<Shape> shapes = Arrange(ChartSamples.Cities(), Wide);
        RectShape yaroslavl = Bars(shapes)[0];
        TextShape label = Assert.Single(shapes.OfType<TextShape>(), t => t.Text == "19,0\u00A0%");

        Assert.Equal(yaroslavl.Box.X + (yaroslavl.Box.Width / 2), label.Line.X + (label.Line.Width / 2), 3);
        Assert.True(label.Line.Bottom <= yaroslavl.Box.Y, "the label sits above its bar");
    }

    [Fact]
    public void ThirtyBars_CategoryLabelsTurn_AndEveryBarIsDrawn()
    {
        IReadOnlyList<Shape> shapes = Arrange(ChartSamples.ThirtyBars(), Boxes[1]);

        Assert.Equal(30, Bars(shapes).Length);
        Assert.NotEmpty(shapes.OfType<RotatedTextShape>());
        Assert.All(shapes.OfType<RotatedTextShape>(), t => Assert.Equal(-45, t.AngleDeg));
    }

    [Fact]
    public void Heatmap_OneCellAndOneValuePerPair()
    {
        HeatmapSpec spec = ChartSamples.PhiK();
        int n = spec.Labels.Length;
        IReadOnlyList<Shape> shapes = Arrange(spec, Wide);
        // Cells are the squares of the most common size; the colour key's steps are narrower.
        var cells = shapes.OfType<RectShape>().GroupBy(r => (Math.Round(r.Box.Width, 3), Math.Round(r.Box.Height, 3))).MaxBy(g => g.Count())!;

        Assert.Equal(n * n, cells.Count());
        Assert.Equal(cells.Key.Item1, cells.Key.Item2);
        Assert.Equal(n, shapes.OfType<TextShape>().Count(t => t.Text == "1,00"));
        Assert.Contains(shapes.OfType<TextShape>(), t => t.Text == "0,89");
    }

    [Fact]
    public void Heatmap_DarkCellsGetWhiteText()
    {
        IReadOnlyList<Shape> shapes = Arrange(ChartSamples.PhiK(), Wide);
        var theme = new ChartTheme(Context.Theme);

        Assert.All(shapes.OfType<TextShape>().Where(t => t.Text == "1,00"), t => Assert.Equal(theme.White, t.Color));
        Assert.All(shapes.OfType<TextShape>().Where(t => t.Text == "0,01"), t => Assert.Equal(theme.Text, t.Color));
    }

    [Fact]
    public void Forest_ZeroLineBetweenNegativeAndPositiveEffects()
    {
        IReadOnlyList<Shape> shapes = Arrange(ChartSamples.Hypotheses(), Wide);
        SegmentShape zero = Assert.Single(shapes.OfType<SegmentShape>(), s => s.Dashed);
        CircleShape[] dots = [.. shapes.OfType<CircleShape>()];

        Assert.Equal(4, dots.Length);
        Assert.True(dots[0].Center.X > zero.From.X, "0.07 is right of zero");
        Assert.True(dots[1].Center.X < zero.From.X, "-0.18 is left of zero");
        Assert.Equal(new ChartTheme(Context.Theme).Accent, dots[0].Fill);
        Assert.NotNull(dots[2].Stroke);
        Assert.Equal(Context.Theme.White, dots[2].Fill);
    }

    [Fact]
    public void Change_BeforeAndAfterDotsInOrder()
    {
        IReadOnlyList<Shape> shapes = Arrange(ChartSamples.MonthOverMonth(), Wide);
        var theme = new ChartTheme(Context.Theme);
        // The legend's dots come first; each row then has its before dot and its after dot.
        CircleShape[] rows = [.. shapes.OfType<CircleShape>().Skip(2)];

        Assert.Equal(12, rows.Length);
        Assert.Equal(theme.Grey, rows[6].Fill);
        Assert.True(rows[7].Center.X > rows[6].Center.X, "Ростов Великий rose from 16,8 % to 18,8 %");
        Assert.True(rows[5].Center.X < rows[4].Center.X, "Рыбинск fell");
        Assert.Contains(shapes.OfType<TextShape>(), t => t.Text == "16,8\u00A0% → 18,8\u00A0%");
    }

    private static RectShape[] Bars(IReadOnlyList<Shape> shapes)
    {
        var theme = new ChartTheme(Context.Theme);
        return [.. shapes.OfType<RectShape>().Where(r => (r.Fill == theme.Brand || r.Fill == theme.Accent) && (r.Box.Width > 10.5 || r.Box.Height > 10.5))];
    }
}
