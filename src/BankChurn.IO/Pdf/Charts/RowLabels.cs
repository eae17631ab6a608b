namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Labels to the left of horizontal rows (rankings, forest and change charts): right-aligned, on two lines when the row
/// is tall enough, smaller in dense charts, cut with "…" rather than spilling; in very dense charts every k-th is shown.
/// </summary>
internal static class RowLabels
{
    /// <summary>
    /// As <see cref="Plan(ChartCanvas, IReadOnlyList{string}, double, double)"/> within <paramref name="preferredWidthPt"/>,
    /// but when a label would be cut there, the labels may take up to <paramref name="maxWidthPt"/>: a long segment name
    /// read whole is worth a shorter bar.
    /// </summary>
    public static RowPlan Plan(ChartCanvas canvas, IReadOnlyList<string> labels, double rowPt, double preferredWidthPt, double maxWidthPt)
    {
        RowPlan preferred = Plan(canvas, labels, rowPt, preferredWidthPt);
        bool cut = labels.Where((label, i) => string.Join(' ', preferred.Lines[i]) != label).Any();
        return cut && maxWidthPt > preferredWidthPt ? Plan(canvas, labels, rowPt, maxWidthPt) : preferred;
    }

    public static RowPlan Plan(ChartCanvas canvas, IReadOnlyList<string> labels, double rowPt, double maxWidthPt)
    {
        double size = Math.Clamp(Math.Floor(rowPt / 1.3 * 2) / 2, ChartTheme.MinFontPt, ChartTheme.LabelFont.SizePt);
        var font = new FontSpec(size);
        int maxLines = rowPt >= (2 * font.LineHeightPt) + 4 ? 2 : 1;
        var lines = new List<string>[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            List<string> wrapped = maxLines == 1 ? [labels[i]] : TextFit.Wrap(labels[i], maxWidthPt, font, canvas.Measure);
            List<string> kept = TextFit.Clip(wrapped, maxLines, maxWidthPt, font, canvas.Measure);
            lines[i] = [.. kept.Select(l => TextFit.Truncate(l, maxWidthPt, font, canvas.Measure))];
        }

        double width = lines.Length == 0 ? 0 : lines.SelectMany(l => l).Select(l => canvas.Width(l, font)).DefaultIfEmpty(0).Max();
        int every = rowPt >= font.LineHeightPt ? 1 : (int)Math.Ceiling(font.LineHeightPt / rowPt);
        return new RowPlan(font, Math.Min(width, maxWidthPt), lines, every);
    }

    /// <summary>Adds the labels right-aligned at <paramref name="right"/>, each centred on its row's middle.</summary>
    public static void Place(ChartCanvas canvas, RowPlan plan, double right, IReadOnlyList<double> middles)
    {
        double lastBottom = double.NegativeInfinity;
        for (int i = 0; i < middles.Count; i += plan.Every)
        {
            List<string> lines = plan.Lines[i];
            double height = lines.Count * plan.Font.LineHeightPt;
            // In a thinned column the end labels are pulled inside the box, and a label that would then touch the previous one is left out.
            double top = Math.Clamp(middles[i] - (height / 2), canvas.Box.Y, canvas.Box.Bottom - height);
            if (top < lastBottom - 0.01)
                continue;
            lastBottom = top + height;
            foreach (string line in lines)
            {
                canvas.AddText(line, right - plan.Width, right, top, plan.Font, canvas.Theme.Text, TextAlign.Right);
                top += plan.Font.LineHeightPt;
            }
        }
    }
}
