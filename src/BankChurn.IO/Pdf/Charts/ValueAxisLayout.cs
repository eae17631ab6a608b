using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>Value axes: choosing a tick count whose labels fit, then drawing gridlines and tick labels that never overlap.</summary>
internal static class ValueAxisLayout
{
    private const double VerticalTickSpacingPt = 42;
    private const double LabelGapPt = 14;
    public const double TickGapPt = 5;

    /// <summary>A scale for a vertical axis <paramref name="heightPt"/> high: about one tick per 42 pt.</summary>
    public static Scale Vertical(double low, double high, double heightPt, bool extend = true) =>
        Scale.Nice(low, high, Math.Clamp((int)Math.Round(heightPt / VerticalTickSpacingPt), 2, 8), extend);

    /// <summary>The width of the widest tick label of <paramref name="scale"/>.</summary>
    public static double LabelWidth(ChartCanvas canvas, Scale scale, ValueAxis axis) =>
        scale.Ticks.IsEmpty ? 0 : scale.Ticks.Max(t => canvas.Width(AxisText.Tick(canvas.Text, t, scale.Step, axis), ChartTheme.TickFont));

    /// <summary>
    /// A scale for a horizontal axis over [<paramref name="left"/>, <paramref name="right"/>]: the most ticks (up to 8)
    /// whose labels, centred on their ticks, keep a gap between them.
    /// </summary>
    public static Scale Horizontal(ChartCanvas canvas, double low, double high, double left, double right, ValueAxis axis, bool extend = true)
    {
        Scale? fallback = null;
        for (int count = 8; count >= 2; count--)
        {
            Scale scale = Scale.Nice(low, high, count, extend, left, right);
            fallback ??= scale;
            double[] widths = [.. scale.Ticks.Select(t => canvas.Width(AxisText.Tick(canvas.Text, t, scale.Step, axis), ChartTheme.TickFont))];
            bool fits = true;
            for (int i = 1; i < widths.Length && fits; i++)
                fits = scale.Map(scale.Ticks[i]) - scale.Map(scale.Ticks[i - 1]) >= ((widths[i] + widths[i - 1]) / 2) + LabelGapPt;
            if (fits)
                return scale;
            fallback = scale;
        }

        return fallback!;
    }

    /// <summary>Horizontal gridlines across <paramref name="plot"/>, tick labels right-aligned at <paramref name="labelRight"/>.</summary>
    public static void DrawVertical(ChartCanvas canvas, Scale scale, Box plot, double labelRight, ValueAxis axis)
    {
        FontSpec font = ChartTheme.TickFont;
        double lastTop = double.PositiveInfinity;
        foreach (double tick in scale.Ticks)
        {
            double y = scale.Map(tick);
            bool zero = Math.Abs(tick) < scale.Step * 1e-9;
            canvas.Line(plot.X, y, plot.Right, y, zero ? canvas.Theme.AxisLine : canvas.Theme.Grid, zero ? 1 : 0.6);
            double top = Math.Clamp(y - (font.LineHeightPt / 2), canvas.Box.Y, canvas.Box.Bottom - font.LineHeightPt);
            if (top + font.LineHeightPt > lastTop + 0.01)
                continue;
            string text = AxisText.Tick(canvas.Text, tick, scale.Step, axis);
            canvas.AddText(text, canvas.Box.X, labelRight, top, font, canvas.Theme.Muted, TextAlign.Right);
            lastTop = top;
        }
    }

    /// <summary>Vertical gridlines across <paramref name="plot"/>, tick labels centred under it; a label that would collide is left out.</summary>
    public static void DrawHorizontal(ChartCanvas canvas, Scale scale, Box plot, ValueAxis axis, bool grid = true)
    {
        FontSpec font = ChartTheme.TickFont;
        double lastRight = double.NegativeInfinity;
        foreach (double tick in scale.Ticks)
        {
            double x = scale.Map(tick);
            bool zero = Math.Abs(tick) < scale.Step * 1e-9;
            if (grid || zero)
                canvas.Line(x, plot.Y, x, plot.Bottom, zero ? canvas.Theme.AxisLine : canvas.Theme.Grid, zero ? 1 : 0.6);
            string text = AxisText.Tick(canvas.Text, tick, scale.Step, axis);
            double width = canvas.Width(text, font);
            double left = Math.Clamp(x - (width / 2), canvas.Box.X, canvas.Box.Right - width);
            if (left < lastRight + 4 || plot.Bottom + TickGapPt + font.LineHeightPt > canvas.Box.Bottom + 0.01)
                continue;
            canvas.AddText(text, left, left + width, plot.Bottom + TickGapPt, font, canvas.Theme.Muted, TextAlign.Left);
            lastRight = left + width;
        }
    }

    /// <summary>The height the tick labels under a horizontal axis take.</summary>
    public static double HorizontalBand => TickGapPt + ChartTheme.TickFont.LineHeightPt;
}
