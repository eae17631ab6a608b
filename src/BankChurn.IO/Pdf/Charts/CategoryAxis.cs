namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// Category labels under columns. They stay level while they fit their column (on up to two lines, shrinking a little);
/// otherwise they turn 45° and are cut to the height available; when even turned labels would touch, every k-th is shown.
/// </summary>
internal static class CategoryAxis
{
    private const double GapPt = 4;
    private const double Sin45 = 0.70710678;
    private const double MaxTurnedPt = 130;

    public static CategoryPlan Plan(ChartCanvas canvas, IReadOnlyList<string> labels, double slotPt, double maxHeightPt)
    {
        double inner = slotPt - 4;
        foreach (double size in new[] { ChartTheme.LabelFont.SizePt, 9.5, 8.5 })
        {
            var font = new FontSpec(size);
            // Level labels must fit whole words: a word broken across lines reads worse than a turned label.
            bool wordsFit = labels.All(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => canvas.Width(w, font) <= inner));
            if (!wordsFit)
                continue;
            List<string>[] lines = [.. labels.Select(l => TextFit.Wrap(l, inner, font, canvas.Measure))];
            int most = lines.Length == 0 ? 1 : lines.Max(l => l.Count);
            double height = GapPt + (most * font.LineHeightPt);
            if (most <= 2 && height <= maxHeightPt)
                return new CategoryPlan(font, false, 1, lines, height);
        }

        var turned = new FontSpec(9);
        if (slotPt * Sin45 < turned.LineHeightPt)
            turned = new FontSpec(Math.Max(ChartTheme.MinFontPt, Math.Floor(slotPt * Sin45 / 1.25 * 2) / 2));
        int every = Math.Max(1, (int)Math.Ceiling(turned.LineHeightPt / (slotPt * Sin45)));
        // A turned label of width w and line height h needs (w + h) · sin 45° of height.
        // Past about 130 pt a turned label stops being readable and only eats the plot's height: cut it there.
        double maxWidth = Math.Min(MaxTurnedPt, Math.Max(0, ((maxHeightPt - GapPt) / Sin45) - turned.LineHeightPt - 1));
        List<string>[] cut = [.. labels.Select(l => new List<string> { TextFit.Truncate(l, maxWidth, turned, canvas.Measure) })];
        double widest = cut.Length == 0 ? 0 : cut.Max(l => canvas.Width(l[0], turned));
        return new CategoryPlan(turned, true, every, cut, Math.Min(maxHeightPt, GapPt + ((widest + turned.LineHeightPt) * Sin45) + 1));
    }

    /// <summary>Adds the planned labels under the columns centred at <paramref name="centers"/>, from <paramref name="top"/> down.</summary>
    public static void Place(ChartCanvas canvas, CategoryPlan plan, IReadOnlyList<double> centers, double top)
    {
        for (int i = 0; i < centers.Count; i += plan.Every)
        {
            double center = centers[i];
            if (!plan.Rotated)
            {
                double y = top + GapPt;
                foreach (string line in plan.Lines[i])
                {
                    canvas.AddText(line, center - 200, center + 200, y, plan.Font, canvas.Theme.Text, TextAlign.Center);
                    y += plan.Font.LineHeightPt;
                }

                continue;
            }

            string text = plan.Lines[i][0];
            RotatedTextShape shape = Turned(canvas, text, plan.Font, center, top);
            // The first labels reach left of their column: cut them further rather than leave the chart's box.
            while (shape.Bounds.X < canvas.Box.X - 0.01 && text.Length > 0)
            {
                double excess = (canvas.Box.X - shape.Bounds.X) / Sin45;
                text = TextFit.Truncate(text, canvas.Width(text, plan.Font) - excess - 1, plan.Font, canvas.Measure);
                shape = Turned(canvas, text, plan.Font, center, top);
            }

            if (text.Length > 0)
                canvas.Add(shape);
        }
    }

    /// <summary>A label turned 45° counter-clockwise whose end sits just under the column centre.</summary>
    private static RotatedTextShape Turned(ChartCanvas canvas, string text, FontSpec font, double center, double top)
    {
        double h = font.LineHeightPt, width = canvas.Width(text, font);
        var pivot = new PointPt(center + (h * 0.15), top + GapPt + (h * Sin45 / 2));
        TextShape line = TextShape.At(text, width, pivot.X - width, pivot.X, pivot.Y - (h / 2), font, canvas.Theme.Text, TextAlign.Left);
        return new RotatedTextShape(line, pivot, -45);
    }
}
