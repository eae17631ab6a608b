using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// One row per effect: its name on the left, the interval as a line with a dot at the estimate (solid accent when
/// significant, hollow grey when not), a dashed line of no effect, the numbers on the right and the axis named below.
/// </summary>
internal static class ForestPlotLayout
{
    public static void Arrange(ForestPlotSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        ForestItem[] items = spec.Items.IsDefault ? [] : [.. spec.Items];
        Box area = ChartFrame.Header(canvas, spec.Title, []);
        if (items.Length == 0)
        {
            canvas.Empty(area);
            return;
        }

        FontSpec noteFont = ChartTheme.NoteFont;
        bool named = spec.EffectLabel is { Length: > 0 };
        double plotTop = area.Y, plotBottom = area.Bottom - ValueAxisLayout.HorizontalBand - (named ? noteFont.LineHeightPt + 2 : 0);
        double row = (plotBottom - plotTop) / items.Length;
        if (row <= 0)
            return;
        RowPlan labels = RowLabels.Plan(canvas, [.. items.Select(i => i.Label)], row, area.Width * 0.34, area.Width * 0.45);
        var numberFont = new FontSpec(Math.Min(labels.Font.SizePt, 9.5));
        string[] numbers = [.. items.Select(i => $"{Value(canvas, i.Estimate, spec.Axis)} [{Value(canvas, i.Low, spec.Axis)}; {Value(canvas, i.High, spec.Axis)}]")];
        // Significant effects are set in bold, so they are measured in bold.
        double numbersWidth = numbers.Select((t, i) => canvas.Width(t, items[i].Significant ? numberFont with { Bold = true } : numberFont)).Max();
        bool showNumbers = numbersWidth < area.Width * 0.25;
        double plotLeft = area.X + labels.Width + 12, plotRight = area.Right - (showNumbers ? numbersWidth + 12 : 4);
        if (plotRight - plotLeft < 16)
            return;

        (double low, double high) = ChartData.Domain(items.SelectMany(i => new[] { i.Low, i.High, i.Estimate }).Append(spec.ZeroLine), includeZero: false);
        Scale scale = ValueAxisLayout.Horizontal(canvas, low, high, plotLeft, plotRight, spec.Axis);
        var plot = new Box(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        ValueAxisLayout.DrawHorizontal(canvas, scale, plot, spec.Axis);
        if (double.IsFinite(spec.ZeroLine))
            canvas.Line(scale.Map(spec.ZeroLine), plot.Y, scale.Map(spec.ZeroLine), plot.Bottom, theme.Ink, 1.2, dashed: true);

        double[] middles = [.. items.Select((_, i) => plotTop + (row * (i + 0.5)))];
        double radius = Math.Clamp(row * 0.22, 2, 5), cap = Math.Min(row * 0.25, 5);
        for (int i = 0; i < items.Length; i++)
        {
            ForestItem item = items[i];
            var color = item.Significant ? theme.Accent : theme.Grey;
            double x1 = scale.Map(ChartData.OrZero(item.Low)), x2 = scale.Map(ChartData.OrZero(item.High)), y = middles[i];
            canvas.Line(x1, y, x2, y, color, 1.6);
            canvas.Line(x1, y - cap, x1, y + cap, color, 1.2);
            canvas.Line(x2, y - cap, x2, y + cap, color, 1.2);
            var center = new PointPt(scale.Map(ChartData.OrZero(item.Estimate)), y);
            canvas.Add(item.Significant ? new CircleShape(center, radius, color, null) : new CircleShape(center, radius, theme.White, color, 1.4));
            if (showNumbers)
                canvas.AddTextAround(numbers[i], plotRight + 12, area.Right, y, item.Significant ? numberFont with { Bold = true } : numberFont, theme.Text, TextAlign.Left);
        }

        RowLabels.Place(canvas, labels, plotLeft - 12, middles);
        if (named)
        {
            // Centred under the plot when it fits there; a longer caption may use the labels' side rather than be cut.
            (double left, double right) = canvas.Width(spec.EffectLabel, noteFont) <= plot.Width ? (plot.X, plot.Right) : (area.X, area.Right);
            string text = canvas.Fit(spec.EffectLabel, right - left, noteFont);
            canvas.AddText(text, left, right, area.Bottom - noteFont.LineHeightPt, noteFont, theme.Muted, TextAlign.Center);
        }
    }

    private static string Value(ChartCanvas canvas, double value, ValueAxis axis) => AxisText.Value(canvas.Text, value, axis);
}
