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
    /// An interval whisker with end caps from <paramref name="low"/> to <paramref name="high"/> along the value axis, at
    /// <paramref name="across"/> on the other axis. Where it runs over its bar (from <paramref name="barFrom"/> to
    /// <paramref name="barTo"/>) it is drawn white, elsewhere dark, so it reads on the bar and off it.
    /// </summary>
    public void Whisker(double low, double high, double across, double capPt, bool vertical, double barFrom, double barTo)
    {
        (double b1, double b2) = (Math.Min(barFrom, barTo), Math.Max(barFrom, barTo));
        (double w1, double w2) = (Math.Min(low, high), Math.Max(low, high));
        void Stroke(double from, double to, XColor color)
        {
            if (to - from > 0.01)
                Segment(from, across, to, across, color, 1.2);
        }

        Stroke(w1, Math.Min(w2, b1), Theme.Ink);
        Stroke(Math.Max(w1, b1), Math.Min(w2, b2), Theme.White);
        Stroke(Math.Max(w1, b2), w2, Theme.Ink);
        foreach (double end in new[] { w1, w2 })
        {
            XColor color = end > b1 + 0.5 && end < b2 - 0.5 ? Theme.White : Theme.Ink;
            Segment(end, across - capPt, end, across + capPt, color, 1.2);
        }

        // Coordinates are (along, across); a vertical whisker swaps them.
        void Segment(double a1, double c1, double a2, double c2, XColor color, double width)
        {
            if (vertical)
                Line(c1, a1, c2, a2, color, width);
            else
                Line(a1, c1, a2, c2, color, width);
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
