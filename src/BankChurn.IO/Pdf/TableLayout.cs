using BankChurn.Core.Report;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Lays out a table in a box: a brand-coloured header (wrapped to two lines at most), zebra rows, numbers right-aligned.
/// Text shrinks down to the minimum size to fit the box; rows that still do not fit go to a continuation slide
/// (<see cref="SlidePages"/> asks <see cref="RowsThatFit"/>), so the last "… +N" row is only a safety net.
/// </summary>
internal static class TableLayout
{
    private const double CellPaddingPt = 7;
    private const int MaxHeaderLines = 2;

    /// <summary>Adds the table's shapes to the top of <paramref name="box"/> and returns the height used.</summary>
    public static double Arrange(Table table, Box box, LayoutContext context, List<Shape> shapes)
    {
        string[][] texts = Texts(table, context);
        FontSpec font = Fit(table, texts, box, context);
        Plan plan = Measure(table, texts, box, font, context);
        SlideTheme theme = context.Theme;
        FontSpec headerFont = font with { Bold = true };

        double y = box.Y;
        shapes.Add(new RectShape(new Box(box.X, y, plan.Width, plan.HeaderHeight), theme.Brand));
        double x = box.X;
        for (int c = 0; c < table.Columns.Length; c++)
        {
            TextAlign align = table.Columns[c].Format == CellFormat.Text ? TextAlign.Left : TextAlign.Right;
            List<string> lines = plan.Headers[c];
            // Header lines sit at the bottom of the header, next to the data they name.
            double top = y + plan.HeaderHeight - (font.SizePt * 0.45) - (lines.Count * headerFont.LineHeightPt);
            foreach (string line in lines)
            {
                shapes.Add(TextShape.At(line, context.Width(line, headerFont), x + CellPaddingPt, x + plan.Columns[c] - CellPaddingPt, top, headerFont, theme.White, align));
                top += headerFont.LineHeightPt;
            }

            x += plan.Columns[c];
        }

        y += plan.HeaderHeight;
        int shown = plan.RowsShown;
        for (int r = 0; r < shown; r++)
        {
            var row = new Box(box.X, y, plan.Width, plan.RowHeight);
            if (r % 2 == 1)
                shapes.Add(new RectShape(row, theme.Zebra));
            double top = y + ((plan.RowHeight - font.LineHeightPt) / 2);
            x = box.X;
            for (int c = 0; c < table.Columns.Length; c++)
            {
                double inner = plan.Columns[c] - (2 * CellPaddingPt);
                string text = TextFit.Truncate(texts[r][c], inner, font, context.Measure);
                TextAlign align = table.FormatOf(r, c) == CellFormat.Text && table.Rows[r][c].Kind != CellKind.Number ? TextAlign.Left : TextAlign.Right;
                shapes.Add(TextShape.At(text, context.Width(text, font), x + CellPaddingPt, x + plan.Columns[c] - CellPaddingPt, top, font, theme.Text, align));
                x += plan.Columns[c];
            }

            y += plan.RowHeight;
        }

        if (shown < table.Rows.Length)
        {
            string more = $"… +{table.Rows.Length - shown}";
            double top = y + ((plan.RowHeight - font.LineHeightPt) / 2);
            shapes.Add(TextShape.At(more, context.Width(more, font), box.X + CellPaddingPt, box.X + plan.Width - CellPaddingPt, top, font, theme.Muted, TextAlign.Left));
            y += plan.RowHeight;
        }

        shapes.Add(new LineShape(box.X, box.X + plan.Width, y - 0.5, theme.Rule, 1));
        return y - box.Y;
    }

    /// <summary>
    /// How many rows, from the first, fit in <paramref name="box"/> under the header: all of them when the table fits at
    /// some size down to the minimum, else as many as fit at the size it shrinks to. Pagination puts the rest on the next slide.
    /// </summary>
    public static int RowsThatFit(Table table, Box box, LayoutContext context)
    {
        string[][] texts = Texts(table, context);
        FontSpec font = Fit(table, texts, box, context);
        Plan plan = Measure(table, texts, box, font, context);
        double tall = plan.HeaderHeight + (table.Rows.Length * plan.RowHeight);
        if (tall <= box.Height + 0.01)
            return table.Rows.Length;
        return Math.Max(0, (int)Math.Floor((box.Height - plan.HeaderHeight + 0.01) / plan.RowHeight));
    }

    /// <summary>The width the table needs at full text size with every header on at most two lines (its longest word on one).</summary>
    public static double CompactWidth(Table table, LayoutContext context) =>
        Measure(table, Texts(table, context), new Box(0, 0, 0, 0), SlideTheme.TableText, context).NaturalWidth;

    private static string[][] Texts(Table table, LayoutContext context) =>
        [.. table.Rows.Select((row, r) => row.Select((cell, c) => context.Text.Format(cell, table.FormatOf(r, c))).ToArray())];

    private static FontSpec Fit(Table table, string[][] texts, Box box, LayoutContext context) =>
        TextFit.Shrink(SlideTheme.TableText, SlideTheme.MinTextPt, 0, f => Overflow(table, texts, box, f, context));

    /// <summary>How much the table at <paramref name="font"/> overflows the box (0 when it fits in both directions).</summary>
    private static double Overflow(Table table, string[][] texts, Box box, FontSpec font, LayoutContext context)
    {
        Plan plan = Measure(table, texts, box, font, context);
        double tall = plan.HeaderHeight + (table.Rows.Length * plan.RowHeight) - box.Height;
        return Math.Max(0, Math.Max(tall, plan.NaturalWidth - box.Width));
    }

    private static Plan Measure(Table table, string[][] texts, Box box, FontSpec font, LayoutContext context)
    {
        FontSpec headerFont = font with { Bold = true };
        int count = table.Columns.Length;
        var natural = new double[count];
        var compact = new double[count];
        for (int c = 0; c < count; c++)
        {
            // Cells stay on one line; a header stays on one line when the table has room, else only its longest word must fit.
            string header = table.Columns[c].Header;
            double cells = texts.Length == 0 ? 0 : texts.Max(row => context.Width(row[c], font));
            natural[c] = Math.Max(context.Width(header, headerFont), cells) + (2 * CellPaddingPt);
            compact[c] = Math.Max(header.Split(' ').Max(word => context.Width(word, headerFont)), cells) + (2 * CellPaddingPt);
        }

        if (natural.Sum() > box.Width)
            natural = compact;
        double naturalWidth = natural.Sum();
        // Asked only for the width it needs (CompactWidth): wrapping headers into no width would split them letter by letter.
        if (box.Width <= 0)
            return new Plan([], 0, naturalWidth, [], 0, 0, 0);
        // Spare width is shared in proportion to content, so the table spans its box; missing width is taken the same way.
        double scale = box.Width / naturalWidth;
        double[] columns = [.. natural.Select(w => w * scale)];

        var headers = new List<string>[count];
        for (int c = 0; c < count; c++)
        {
            double inner = columns[c] - (2 * CellPaddingPt);
            headers[c] = TextFit.Clip(TextFit.Wrap(table.Columns[c].Header, inner, headerFont, context.Measure), MaxHeaderLines, inner, headerFont, context.Measure);
        }

        double headerHeight = (headers.Max(h => h.Count) * headerFont.LineHeightPt) + (font.SizePt * 0.9);
        double rowHeight = font.SizePt * 1.9;
        int fitting = Math.Max(0, (int)Math.Floor((box.Height - headerHeight + 0.01) / rowHeight));
        // When rows are cut, one row's space goes to the "… +N" line.
        int shown = fitting >= table.Rows.Length ? table.Rows.Length : Math.Max(0, fitting - 1);
        return new Plan(columns, box.Width, naturalWidth, headers, headerHeight, rowHeight, shown);
    }

    private sealed record Plan(double[] Columns, double Width, double NaturalWidth, List<string>[] Headers, double HeaderHeight, double RowHeight, int RowsShown);
}
