using System.Collections.Immutable;
using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Overlaid distributions: each group a translucent area with a solid outline, churn-prone ranges shaded in a pale
/// accent behind them with their notes above the plot, and a value axis along the bottom. Heights have no axis:
/// densities are compared by shape, and their numbers mean nothing to a reader.
/// </summary>
internal static class DistributionLayout
{
    public static void Arrange(DistributionChartSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        DistributionSeries[] series = spec.Series.IsDefault ? [] : [.. spec.Series.Where(s => !s.X.IsDefaultOrEmpty)];
        ShadedRange[] shaded = spec.Shaded.IsDefault ? [] : [.. spec.Shaded.Where(r => double.IsFinite(r.From) && double.IsFinite(r.To))];
        List<LegendEntry> legend = [.. series.Select((s, i) => new LegendEntry(s.Name, LegendMark.Swatch, theme.Series(i, s.Highlight)))];
        Box area = ChartFrame.Header(canvas, spec.Title, legend);
        if (series.Length == 0)
        {
            canvas.Empty(area);
            return;
        }

        (double low, double high) = ChartData.Domain(series.SelectMany(s => s.X), includeZero: false);
        double top = Math.Max(1e-12, series.SelectMany(s => s.Heights).Where(double.IsFinite).DefaultIfEmpty(0).Max());
        FontSpec noteFont = ChartTheme.NoteFont;
        double noteBand = shaded.Any(r => r.Label is { Length: > 0 }) ? noteFont.LineHeightPt + 4 : 0;
        double plotTop = area.Y + noteBand, plotBottom = area.Bottom - ValueAxisLayout.HorizontalBand;
        // Half the widest tick label on each side keeps the end labels inside the box.
        Scale scale = ValueAxisLayout.Horizontal(canvas, low, high, area.X, area.Right, spec.XAxis, extend: false);
        double margin = (ValueAxisLayout.LabelWidth(canvas, scale, spec.XAxis) / 2) + 2;
        scale = ValueAxisLayout.Horizontal(canvas, low, high, area.X + margin, area.Right - margin, spec.XAxis, extend: false);
        if (plotBottom - plotTop < 8 || scale.To - scale.From < 16)
            return;
        var plot = new Box(scale.From, plotTop, scale.To - scale.From, plotBottom - plotTop);

        double lastRight = double.NegativeInfinity;
        foreach (ShadedRange range in shaded)
        {
            double x1 = scale.Map(Math.Min(range.From, range.To)), x2 = scale.Map(Math.Max(range.From, range.To));
            canvas.Add(new RectShape(new Box(x1, plot.Y, Math.Max(x2 - x1, 1), plot.Height), theme.AccentTint));
            if (range.Label is not { Length: > 0 } note)
                continue;
            // A note may spread past its range a little, but never into the previous note or out of the box.
            string text = canvas.Fit(note, Math.Max(x2 - x1 + 60, 40), noteFont);
            double width = canvas.Width(text, noteFont);
            double left = Math.Clamp(((x1 + x2) / 2) - (width / 2), canvas.Box.X, canvas.Box.Right - width);
            if (left < lastRight + 6)
                continue;
            canvas.AddText(text, left, left + width, area.Y, noteFont, ChartTheme.Mix(theme.Accent, theme.Text, 0.8), TextAlign.Left);
            lastRight = left + width;
        }

        ValueAxisLayout.DrawHorizontal(canvas, scale, plot, spec.XAxis, grid: false);
        canvas.Line(plot.X, plot.Bottom, plot.Right, plot.Bottom, theme.AxisLine, 1);
        // The head room keeps the peaks' outlines off the note band.
        double Y(double height) => plot.Bottom - (Math.Clamp(height, 0, top) / top * (plot.Height - 2));
        for (int i = 0; i < series.Length; i++)
        {
            DistributionSeries one = series[i];
            ImmutableArray<PointPt> curve = [.. one.X.Select((x, k) => new PointPt(scale.Map(x), Y(double.IsFinite(one.Heights[k]) ? one.Heights[k] : 0)))];
            PointPt first = curve[0], last = curve[^1];
            ImmutableArray<PointPt> filled = [new(first.X, plot.Bottom), .. curve, new(last.X, plot.Bottom)];
            var color = theme.Series(i, one.Highlight);
            canvas.Add(new PathShape(filled, ChartTheme.WithAlpha(color, 0.18), null, 0));
            canvas.Add(new PathShape(curve, null, color, 1.8));
        }
    }
}
