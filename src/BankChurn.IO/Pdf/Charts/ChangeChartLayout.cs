using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Month over month as dumbbells: per row a grey dot for the previous period and a brand dot for this one, joined by a
/// bar, with "before → after" written on the right. Shares are read from zero.
/// </summary>
internal static class ChangeChartLayout
{
    public static void Arrange(ChangeChartSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        ChangeItem[] items = spec.Items.IsDefault ? [] : [.. spec.Items];
        List<LegendEntry> legend = [new(spec.BeforeLabel, LegendMark.Dot, theme.Grey), new(spec.AfterLabel, LegendMark.Dot, theme.Brand)];
        Box area = ChartFrame.Header(canvas, spec.Title, legend);
        if (items.Length == 0)
        {
            canvas.Empty(area);
            return;
        }

        double plotTop = area.Y, plotBottom = area.Bottom - ValueAxisLayout.HorizontalBand;
        double row = (plotBottom - plotTop) / items.Length;
        if (row <= 0)
            return;
        RowPlan labels = RowLabels.Plan(canvas, [.. items.Select(i => i.Label)], row, area.Width * 0.34);
        var numberFont = new FontSpec(Math.Min(labels.Font.SizePt, 9.5));
        string[] numbers = [.. items.Select(i => $"{AxisText.Value(canvas.Text, i.Before, spec.Axis)} → {AxisText.Value(canvas.Text, i.After, spec.Axis)}")];
        double numbersWidth = numbers.Max(t => canvas.Width(t, numberFont));
        bool showNumbers = numbersWidth < area.Width * 0.3;
        double plotLeft = area.X + labels.Width + 12, plotRight = area.Right - (showNumbers ? numbersWidth + 14 : 6);
        if (plotRight - plotLeft < 16)
            return;

        (double low, double high) = ChartData.Domain(items.SelectMany(i => new[] { i.Before, i.After }), ChartData.StartsAtZero(spec.Axis, bars: false));
        Scale scale = ValueAxisLayout.Horizontal(canvas, low, high, plotLeft, plotRight, spec.Axis);
        var plot = new Box(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        ValueAxisLayout.DrawHorizontal(canvas, scale, plot, spec.Axis);

        double[] middles = [.. items.Select((_, i) => plotTop + (row * (i + 0.5)))];
        double radius = Math.Clamp(row * 0.26, 2, 5.5);
        var bar = ChartTheme.Mix(theme.Grey, theme.White, 0.55);
        for (int i = 0; i < items.Length; i++)
        {
            double before = scale.Map(ChartData.OrZero(items[i].Before)), after = scale.Map(ChartData.OrZero(items[i].After)), y = middles[i];
            if (Math.Abs(after - before) > 0.5)
                canvas.Line(before, y, after, y, bar, Math.Max(1, radius * 0.9));
            canvas.Add(new CircleShape(new PointPt(before, y), radius, theme.Grey, null));
            canvas.Add(new CircleShape(new PointPt(after, y), radius, theme.Brand, null));
            if (showNumbers)
                canvas.AddTextAround(numbers[i], plotRight + 14, area.Right, y, numberFont, theme.Text, TextAlign.Left);
        }

        RowLabels.Place(canvas, labels, plotLeft - 12, middles);
    }
}
