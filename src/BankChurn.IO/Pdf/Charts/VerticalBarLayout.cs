using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Columns from zero with value labels above them (above the whisker when there is one), interval whiskers and a dashed
/// reference line named in the legend. Value labels are dropped together when they cannot all fit their columns.
/// </summary>
internal static class VerticalBarLayout
{
    public static void Arrange(BarChartSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        BarItem[] bars = spec.Bars.IsDefault ? [] : [.. spec.Bars];
        double? reference = spec.ReferenceLine is { } r && double.IsFinite(r) ? r : null;
        List<LegendEntry> legend = reference is { } line ? [new(ChartData.ReferenceText(canvas, spec.ReferenceLabel, line, spec.Axis), LegendMark.DashedLine, theme.Ink)] : [];
        Box area = ChartFrame.Header(canvas, spec.Title, legend);
        if (bars.Length == 0)
        {
            canvas.Empty(area);
            return;
        }

        IEnumerable<double> extent = bars.SelectMany(b => new[] { b.Value, b.Interval?.Low ?? 0, b.Interval?.High ?? 0 });
        (double low, double high) = ChartData.Domain(reference is { } x ? extent.Append(x) : extent, includeZero: true);
        FontSpec valueFont = ChartTheme.ValueFont;
        double pad = valueFont.LineHeightPt + 2;
        double bottomPad = low < 0 ? pad : 0;

        // Tick labels, columns and category labels depend on each other a little: settle them in two passes.
        Scale scale = ValueAxisLayout.Vertical(low, high, area.Height * 0.7);
        double plotLeft = 0, slot = 0, plotTop = area.Y + pad, plotBottom = 0;
        CategoryPlan plan = null!;
        for (int pass = 0; pass < 2; pass++)
        {
            plotLeft = area.X + ValueAxisLayout.LabelWidth(canvas, scale, spec.Axis) + 8;
            slot = (area.Right - plotLeft) / bars.Length;
            plan = CategoryAxis.Plan(canvas, [.. bars.Select(b => b.Label)], slot, area.Height * 0.4);
            plotBottom = area.Bottom - plan.Height - bottomPad;
            scale = ValueAxisLayout.Vertical(low, high, plotBottom - plotTop).Onto(plotBottom, plotTop);
        }

        if (plotBottom - plotTop < 8 || slot < 1)
            return;
        var plot = new Box(plotLeft, plotTop, area.Right - plotLeft, plotBottom - plotTop);
        ValueAxisLayout.DrawVertical(canvas, scale, plot, plotLeft - 8, spec.Axis);

        double barWidth = Math.Min(slot * 0.64, 64);
        double zero = scale.Map(0);
        double[] centers = [.. bars.Select((_, i) => plotLeft + (slot * (i + 0.5)))];
        for (int i = 0; i < bars.Length; i++)
        {
            double top = scale.Map(ChartData.OrZero(bars[i].Value));
            var rect = new Box(centers[i] - (barWidth / 2), Math.Min(top, zero), barWidth, Math.Abs(zero - top));
            canvas.Add(new RectShape(rect, bars[i].Highlight ? theme.Accent : theme.Brand));
            if (bars[i].Interval is { } interval && double.IsFinite(interval.Low) && double.IsFinite(interval.High))
            {
                double cap = Math.Min(barWidth * 0.3, 6), y1 = scale.Map(interval.Low), y2 = scale.Map(interval.High);
                canvas.Whisker(y1, y2, centers[i], cap, vertical: true, zero, top);
            }
        }

        if (reference is { } value)
            canvas.Line(plot.X, scale.Map(value), plot.Right, scale.Map(value), theme.Ink, 1.2, dashed: true);
        ValueLabels(canvas, bars, scale, centers, slot, spec.Axis);
        CategoryAxis.Place(canvas, plan, centers, plotBottom + bottomPad);
    }

    private static void ValueLabels(ChartCanvas canvas, BarItem[] bars, Scale scale, double[] centers, double slot, ValueAxis axis)
    {
        string[] texts = [.. bars.Select(b => AxisText.Value(canvas.Text, b.Value, axis))];
        FontSpec? font = new[] { ChartTheme.ValueFont, ChartTheme.ValueFont with { SizePt = 8.5 } }
            .Cast<FontSpec?>()
            .FirstOrDefault(f => texts.All(t => canvas.Width(t, f!.Value) <= slot - 2));
        if (font is not { } fit)
            return;
        for (int i = 0; i < bars.Length; i++)
        {
            double value = ChartData.OrZero(bars[i].Value);
            Core.Analysis.Interval? interval = bars[i].Interval;
            double top = value >= 0
                ? scale.Map(Math.Max(value, interval?.High ?? value)) - 2 - fit.LineHeightPt
                : scale.Map(Math.Min(value, interval?.Low ?? value)) + 2;
            top = Math.Clamp(top, canvas.Box.Y, canvas.Box.Bottom - fit.LineHeightPt);
            canvas.AddLabel(texts[i], centers[i] - (canvas.Width(texts[i], fit) / 2), top + (fit.LineHeightPt / 2), fit, canvas.Theme.Text);
        }
    }
}
