using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>What one chart's layout works with: the deck's layout context, the chart palette, the chart's box and the shapes made so far.</summary>
internal sealed class ChartCanvas(LayoutContext context, Box box)
{
    public ChartTheme Theme { get; } = new(context.Theme);

    public CellText Text => context.Text;

    public ITextMeasurer Measure => context.Measure;

    /// <summary>The whole chart's box: nothing is drawn outside it.</summary>
    public Box Box => box;

    public List<Shape> Shapes { get; } = [];

    public double Width(string text, FontSpec font) => context.Width(text, font);

    public string Fit(string text, double widthPt, FontSpec font) => TextFit.Truncate(text, Math.Max(0, widthPt), font, context.Measure);

    /// <summary>Adds one line of text aligned within [<paramref name="left"/>, <paramref name="right"/>] with its line box at <paramref name="top"/>.</summary>
    public TextShape AddText(string text, double left, double right, double top, FontSpec font, XColor color, TextAlign align)
    {
        TextShape shape = TextShape.At(text, Width(text, font), left, right, top, font, color, align);
        Shapes.Add(shape);
        return shape;
    }

    /// <summary>Adds a line of text centred vertically on <paramref name="middle"/>.</summary>
    public TextShape AddTextAround(string text, double left, double right, double middle, FontSpec font, XColor color, TextAlign align) =>
        AddText(text, left, right, middle - (font.LineHeightPt / 2), font, color, align);

    public void Add(Shape shape) => Shapes.Add(shape);

    public void Line(double x1, double y1, double x2, double y2, XColor color, double widthPt, bool dashed = false) =>
        Shapes.Add(new SegmentShape(new PointPt(x1, y1), new PointPt(x2, y2), color, widthPt, dashed));

    /// <summary>A value label on a white backing, so a gridline or reference line running through it does not cross the digits.</summary>
    public TextShape AddLabel(string text, double left, double middle, FontSpec font, XColor color)
    {
        double width = Width(text, font);
        double x1 = Math.Max(box.X, left - 1.5), x2 = Math.Min(box.Right, left + width + 1.5);
        Shapes.Add(new RectShape(new Box(x1, middle - (font.SizePt * 0.6), x2 - x1, font.SizePt * 1.2), Theme.White));
        return AddTextAround(text, left, left + width, middle, font, color, TextAlign.Left);
    }

    /// <summary>
    /// An interval whisker with end caps from (<paramref name="x1"/>, <paramref name="y1"/>) to (<paramref name="x2"/>, <paramref name="y2"/>),
    /// horizontal or vertical. A white halo under the dark line keeps it visible where it crosses a dark bar.
    /// </summary>
    public void Whisker(double x1, double y1, double x2, double y2, double capPt)
    {
        bool vertical = x1 == x2;
        foreach ((XColor color, double width) in new[] { (Theme.White, 2.4), (Theme.Ink, 1.2) })
        {
            Line(x1, y1, x2, y2, color, width);
            if (vertical)
            {
                Line(x1 - capPt, y1, x1 + capPt, y1, color, width);
                Line(x2 - capPt, y2, x2 + capPt, y2, color, width);
            }
            else
            {
                Line(x1, y1 - capPt, x1, y1 + capPt, color, width);
                Line(x2, y2 - capPt, x2, y2 + capPt, color, width);
            }
        }
    }

    /// <summary>A centred em dash for a chart without data: the box keeps its place and says nothing false.</summary>
    public void Empty(Box area)
    {
        FontSpec font = ChartTheme.LabelFont;
        if (area.Height >= font.LineHeightPt)
            AddTextAround("—", area.X, area.Right, area.Y + (area.Height / 2), font, Theme.Muted, TextAlign.Center);
    }
}
