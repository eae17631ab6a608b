using BankChurn.Core.Report;
using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// A square matrix of cells shaded from white (0) to the brand colour (1) with each value printed in it (white on dark
/// cells), row names on the left, column names under the matrix (turned when they do not fit) and a small colour key.
/// </summary>
internal static class HeatmapLayout
{
    private const double KeyWidthPt = 10;
    private const double KeyGapPt = 14;

    public static void Arrange(HeatmapSpec spec, ChartCanvas canvas)
    {
        ChartTheme theme = canvas.Theme;
        string[] labels = spec.Labels.IsDefault ? [] : [.. spec.Labels];
        Box area = ChartFrame.Header(canvas, spec.Title, []);
        int n = labels.Length;
        if (n == 0)
        {
            canvas.Empty(area);
            return;
        }

        string one = AxisText.Tick(canvas.Text, 1, 0.1, ValueAxis.Decimal);
        double keyWidth = KeyGapPt + KeyWidthPt + 4 + canvas.Width(one, ChartTheme.TickFont);
        RowPlan rows = RowLabels.Plan(canvas, labels, ChartTheme.LabelFont.LineHeightPt + 2, area.Width * 0.3);
        double left = area.X + rows.Width + 8;
        // The matrix is square: its cell is limited by the width and by the height left under the column labels.
        double cell = Math.Min((area.Right - keyWidth - left) / n, area.Height / n);
        CategoryPlan columns = CategoryAxis.Plan(canvas, labels, cell, area.Height * 0.35);
        cell = Math.Min(cell, (area.Height - columns.Height) / n);
        columns = CategoryAxis.Plan(canvas, labels, cell, area.Height - (n * cell));
        if (cell < 4)
            return;
        // Short row labels follow the cells when rows are dense.
        rows = RowLabels.Plan(canvas, labels, cell, area.Width * 0.3);
        // The matrix, its labels and key are centred as one unit: a heatmap hugging the left edge looks unfinished.
        double unit = rows.Width + 8 + (n * cell) + keyWidth;
        left = area.X + Math.Max(0, (area.Width - unit) / 2) + rows.Width + 8;

        var font = new FontSpec(Math.Min(9.5, Math.Floor(cell * 0.34 * 2) / 2));
        string[][] texts = [.. spec.Values.Select(row => row.Select(v => canvas.Text.Format(Cell.Of(Math.Clamp(ChartData.OrZero(v), 0, 1)), CellFormat.Decimal)).ToArray())];
        bool printValues = font.SizePt >= 6 && texts.All(r => r.All(t => canvas.Width(t, font) <= cell - 3));
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double value = Math.Clamp(ChartData.OrZero(spec.Values[r][c]), 0, 1);
                var box = new Box(left + (c * cell) + 0.5, area.Y + (r * cell) + 0.5, cell - 1, cell - 1);
                canvas.Add(new RectShape(box, theme.Ramp(value)));
                if (printValues)
                    canvas.AddTextAround(texts[r][c], box.X, box.Right, box.Y + (box.Height / 2), font, value > 0.55 ? theme.White : theme.Text, TextAlign.Center);
            }
        }

        RowLabels.Place(canvas, rows, left - 8, [.. labels.Select((_, r) => area.Y + ((r + 0.5) * cell))]);
        CategoryAxis.Place(canvas, columns, [.. labels.Select((_, c) => left + ((c + 0.5) * cell))], area.Y + (n * cell));
        Key(canvas, left + (n * cell) + KeyGapPt, area.Y, Math.Min(n * cell, 140));
    }

    /// <summary>A vertical colour key from 1 at the top to 0 at the bottom, in ten steps.</summary>
    private static void Key(ChartCanvas canvas, double x, double top, double height)
    {
        const int Steps = 10;
        FontSpec font = ChartTheme.TickFont;
        if (height < 2 * font.LineHeightPt)
            return;
        double step = height / Steps;
        for (int i = 0; i < Steps; i++)
            canvas.Add(new RectShape(new Box(x, top + (i * step), KeyWidthPt, step + (i < Steps - 1 ? 0.2 : 0)), canvas.Theme.Ramp(1 - ((i + 0.5) / Steps))));
        canvas.AddText(AxisText.Tick(canvas.Text, 1, 0.1, ValueAxis.Decimal), x + KeyWidthPt + 4, canvas.Box.Right, top, font, canvas.Theme.Muted, TextAlign.Left);
        canvas.AddText(AxisText.Tick(canvas.Text, 0, 0.1, ValueAxis.Decimal), x + KeyWidthPt + 4, canvas.Box.Right, top + height - font.LineHeightPt, font, canvas.Theme.Muted, TextAlign.Left);
    }
}
