using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Horizontal bars for rankings and long labels: names on the left, bars from zero, the value just past each bar's end
/// (or its whisker's), a value axis at the bottom and a dashed reference line named in the legend.
/// </summary>
internal static class HorizontalBarLayout
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

        double plotTop = area.Y, plotBottom = area.Bottom - ValueAxisLayout.HorizontalBand;
        double row = (plotBottom - plotTop) / bars.Length;
        if (row <= 0)
            return;
        RowPlan labels = RowLabels.Plan(canvas, [.. bars.Select(b => b.Label)], row, area.Width * 0.36, area.Width * 0.5);
        var valueFont = new FontSpec(Math.Clamp(Math.Floor(row / 1.3 * 2) / 2, ChartTheme.MinFontPt, ChartTheme.ValueFont.SizePt), Bold: true);
        bool showValues = row >= valueFont.LineHeightPt;
        string[] texts = [.. bars.Select(b => AxisText.Value(canvas.Text, b.Value, spec.Axis))];
        double valueWidth = showValues ? texts.Max(t => canvas.Width(t, valueFont)) + 6 : 0;

        IEnumerable<double> extent = bars.SelectMany(b => new[] { b.Value, b.Interval?.Low ?? 0, b.Interval?.High ?? 0 });
        (double low, double high) = ChartData.Domain(reference is { } x ? extent.Append(x) : extent, includeZero: true);
        double plotLeft = area.X + labels.Width + 10 + (low < 0 ? valueWidth : 0);
        double plotRight = area.Right - (high > 0 || low >= 0 ? valueWidth : 0);
        if (plotRight - plotLeft < 16)
            return;
        Scale scale = ValueAxisLayout.Horizontal(canvas, low, high, plotLeft, plotRight, spec.Axis);
        var plot = new Box(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        ValueAxisLayout.DrawHorizontal(canvas, scale, plot, spec.Axis);

        if (reference is { } mark)
            canvas.Line(scale.Map(mark), plotTop, scale.Map(mark), plotBottom, theme.Ink, 1.2, dashed: true);
        double thickness = Math.Min(row * 0.58, 24), zero = scale.Map(0);
        double[] middles = [.. bars.Select((_, i) => plotTop + (row * (i + 0.5)))];
        for (int i = 0; i < bars.Length; i++)
        {
            double value = ChartData.OrZero(bars[i].Value), end = scale.Map(value), reach = end;
            canvas.Add(new RectShape(new Box(Math.Min(zero, end), middles[i] - (thickness / 2), Math.Abs(end - zero), thickness), bars[i].Highlight ? theme.Accent : theme.Brand));
            if (bars[i].Interval is { } interval && double.IsFinite(interval.Low) && double.IsFinite(interval.High))
            {
                double cap = Math.Min(thickness * 0.3, 6), x1 = scale.Map(interval.Low), x2 = scale.Map(interval.High);
                canvas.Whisker(x1, x2, middles[i], cap, vertical: false, zero, end);
                reach = value >= 0 ? Math.Max(end, x2) : Math.Min(end, x1);
            }

            if (showValues)
            {
                double width = canvas.Width(texts[i], valueFont);
                double left = value >= 0 ? reach + 4 : reach - 4 - width;
                canvas.AddLabel(texts[i], left, middles[i], valueFont, theme.Text);
            }
        }

        RowLabels.Place(canvas, labels, plotLeft - 10 - (low < 0 ? valueWidth : 0), middles);
    }
}
