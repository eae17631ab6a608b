using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Side-by-side columns per category, one colour per series (the churned series in the accent colour), a legend on top,
/// value labels over the columns when every one of them fits its column.
/// </summary>
internal static class GroupedBarLayout
{
    public static void Arrange(GroupedBarChartSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        string[] categories = spec.Categories.IsDefault ? [] : [.. spec.Categories];
        BarSeries[] series = spec.Series.IsDefault ? [] : [.. spec.Series];
        List<LegendEntry> legend = [.. series.Select((s, i) => new LegendEntry(s.Name, LegendMark.Swatch, theme.Series(i, s.Highlight)))];
        Box area = ChartFrame.Header(canvas, spec.Title, legend);
        if (categories.Length == 0 || series.Length == 0)
        {
            canvas.Empty(area);
            return;
        }

        (double low, double high) = ChartData.Domain(series.SelectMany(s => s.Values), includeZero: true);
        FontSpec valueFont = ChartTheme.ValueFont with { SizePt = 9 };
        double pad = valueFont.LineHeightPt + 2, bottomPad = low < 0 ? pad : 0;
        Scale scale = ValueAxisLayout.Vertical(low, high, area.Height * 0.7);
        double plotLeft = 0, slot = 0, plotTop = area.Y + pad, plotBottom = 0;
        CategoryPlan plan = null!;
        for (int pass = 0; pass < 2; pass++)
        {
            plotLeft = area.X + ValueAxisLayout.LabelWidth(canvas, scale, spec.Axis) + 8;
            slot = (area.Right - plotLeft) / categories.Length;
            plan = CategoryAxis.Plan(canvas, categories, slot, area.Height * 0.4);
            plotBottom = area.Bottom - plan.Height - bottomPad;
            scale = ValueAxisLayout.Vertical(low, high, plotBottom - plotTop).Onto(plotBottom, plotTop);
        }

        if (plotBottom - plotTop < 8 || slot < 1)
            return;
        var plot = new Box(plotLeft, plotTop, area.Right - plotLeft, plotBottom - plotTop);
        ValueAxisLayout.DrawVertical(canvas, scale, plot, plotLeft - 8, spec.Axis);

        // A group fills three quarters of its slot; columns within it touch, with a hairline gap, so they read as a pair.
        double group = Math.Min(slot * 0.76, 40.0 * series.Length), column = group / series.Length;
        string[][] texts = [.. series.Select(s => s.Values.Select(v => AxisText.Value(canvas.Text, v, spec.Axis)).ToArray())];
        bool labelsFit = texts.All(t => t.All(text => canvas.Width(text, valueFont) <= column - 1));
        double zero = scale.Map(0);
        double[] centers = [.. categories.Select((_, i) => plotLeft + (slot * (i + 0.5)))];
        for (int c = 0; c < categories.Length; c++)
        {
            for (int s = 0; s < series.Length; s++)
            {
                double value = ChartData.OrZero(series[s].Values[c]), end = scale.Map(value);
                double left = centers[c] - (group / 2) + (s * column);
                canvas.Add(new RectShape(new Box(left + 0.5, Math.Min(zero, end), column - 1, Math.Abs(end - zero)), theme.Series(s, series[s].Highlight)));
                if (!labelsFit)
                    continue;
                double top = value >= 0 ? end - 2 - valueFont.LineHeightPt : end + 2;
                canvas.AddText(texts[s][c], left - 2, left + column + 2, top, valueFont, theme.Text, TextAlign.Center);
            }
        }

        CategoryAxis.Place(canvas, plan, centers, plotBottom + bottomPad);
    }
}
