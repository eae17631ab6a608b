namespace BankChurn.IO.Pdf.Charts;

/// <summary>The top of every chart: the optional title, then the legend in one or two rows; the plot gets what is left.</summary>
internal static class ChartFrame
{
    private const double MarkPt = 10;
    private const double DashPt = 25;
    private const double MarkGapPt = 5;
    private const double EntryGapPt = 16;
    private const int MaxLegendRows = 2;

    /// <summary>Adds the title and legend at the top of the canvas box and returns the box below them.</summary>
    public static Box Header(ChartCanvas canvas, string? title, IReadOnlyList<LegendEntry> legend)
    {
        Box box = canvas.Box;
        double y = box.Y;
        if (title is { Length: > 0 } && box.Height >= ChartTheme.TitleFont.LineHeightPt * 3)
        {
            FontSpec font = ChartTheme.TitleFont;
            canvas.AddText(canvas.Fit(title, box.Width, font), box.X, box.Right, y, font, canvas.Theme.Text, TextAlign.Left);
            y += font.LineHeightPt + 4;
        }

        if (legend.Count > 0 && box.Bottom - y >= ChartTheme.LegendFont.LineHeightPt * 4)
            y = Legend(canvas, legend, y) + 6;
        return new Box(box.X, y, box.Width, Math.Max(0, box.Bottom - y));
    }

    /// <summary>Places entries left to right, wrapping to a second row; a label too long for a whole row is cut. Returns the bottom.</summary>
    private static double Legend(ChartCanvas canvas, IReadOnlyList<LegendEntry> legend, double top)
    {
        FontSpec font = ChartTheme.LegendFont;
        Box box = canvas.Box;
        double x = box.X, y = top;
        int row = 0;
        foreach (LegendEntry entry in legend)
        {
            string label = canvas.Fit(entry.Label, box.Width - DashPt - MarkGapPt, font);
            double mark = entry.Mark == LegendMark.DashedLine ? DashPt : MarkPt;
            double width = mark + MarkGapPt + canvas.Width(label, font);
            if (x > box.X && x + width > box.Right)
            {
                if (++row >= MaxLegendRows)
                    break;
                (x, y) = (box.X, y + font.LineHeightPt + 2);
            }

            double middle = y + (font.LineHeightPt / 2);
            Mark(canvas, entry, x, middle);
            canvas.AddText(label, x + mark + MarkGapPt, box.Right, y, font, canvas.Theme.Text, TextAlign.Left);
            x += width + EntryGapPt;
        }

        return y + font.LineHeightPt;
    }

    private static void Mark(ChartCanvas canvas, LegendEntry entry, double x, double middle)
    {
        switch (entry.Mark)
        {
            case LegendMark.DashedLine:
                canvas.Line(x, middle, x + DashPt, middle, entry.Color, 1.2, dashed: true);
                break;
            case LegendMark.Dot:
                canvas.Add(new CircleShape(new PointPt(x + (MarkPt / 2), middle), MarkPt * 0.4, entry.Color, null));
                break;
            default:
                canvas.Add(new RectShape(new Box(x, middle - (MarkPt / 2), MarkPt, MarkPt), entry.Color));
                break;
        }
    }
}
