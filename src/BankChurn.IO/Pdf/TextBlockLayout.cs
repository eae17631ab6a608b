using BankChurn.Core.Report;
using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Lays out worded text: an optional heading, then paragraphs or bullets with a hanging indent and bold runs, word-wrapped
/// to the box and shrunk (down to the minimum size) until it fits; below that, the last lines are cut with "…".
/// </summary>
internal static class TextBlockLayout
{
    private const string Bullet = "•";

    /// <summary>Adds the text's shapes to the top of <paramref name="box"/> and returns the height used.</summary>
    public static double Arrange(TextBlock block, Box box, LayoutContext context, List<Shape> shapes)
    {
        FontSpec font = TextFit.Shrink(SlideTheme.Body, SlideTheme.MinTextPt, box.Height, f => Lines(block, box.Width, f, context).Sum(l => l.Advance));
        List<Line> lines = Lines(block, box.Width, font, context);
        SlideTheme theme = context.Theme;
        double y = box.Y;
        for (int i = 0; i < lines.Count; i++)
        {
            Line line = lines[i];
            FontSpec lineFont = line.Heading ? font with { Bold = true } : font;
            if (y + lineFont.LineHeightPt > box.Bottom + 0.01)
                break;
            bool lastThatFits = i + 1 < lines.Count && y + line.Advance + lines[i + 1].Font(font).LineHeightPt > box.Bottom + 0.01;
            double left = box.X + line.Indent;
            XColor color = line.Heading ? theme.BrandDark : theme.Text;
            if (line.Bullet)
                shapes.Add(TextShape.At(Bullet, context.Width(Bullet, lineFont), box.X, box.X + line.Indent, y, lineFont, theme.Brand, TextAlign.Left));
            if (lastThatFits)
            {
                // The cut line loses its bold: "…" is placed on the plain words.
                string text = TextFit.Truncate(line.Text + " " + TextFit.Ellipsis, box.Right - left, lineFont, context.Measure);
                shapes.Add(TextShape.At(text, context.Width(text, lineFont), left, box.Right, y, lineFont, color, TextAlign.Left));
            }
            else
            {
                double x = left;
                foreach (TextRun run in line.Runs)
                {
                    FontSpec runFont = lineFont with { Bold = lineFont.Bold || run.Bold };
                    double width = context.Width(run.Text, runFont);
                    shapes.Add(TextShape.At(run.Text, width, x, box.Right, y, runFont, color, TextAlign.Left));
                    x += width;
                }
            }

            y += line.Advance;
        }

        return Math.Min(box.Height, y - box.Y);
    }

    /// <summary>The height the whole text needs at <paramref name="font"/> across <paramref name="widthPt"/>: pagination splits a block where this exceeds its box.</summary>
    public static double Height(TextBlock block, double widthPt, FontSpec font, LayoutContext context) =>
        Lines(block, widthPt, font, context).Sum(l => l.Advance);

    /// <summary>Every line at <paramref name="font"/>, with the vertical advance after it (paragraphs get extra space).</summary>
    private static List<Line> Lines(TextBlock block, double widthPt, FontSpec font, LayoutContext context)
    {
        var lines = new List<Line>();
        double paragraphGap = font.SizePt * 0.5;
        if (block.Heading is { Length: > 0 } heading)
        {
            FontSpec bold = font with { Bold = true };
            foreach (string text in TextFit.Wrap(heading, widthPt, bold, context.Measure))
                lines.Add(new Line([new TextRun(text, true)], 0, false, true, bold.LineHeightPt));
            lines[^1] = lines[^1] with { Advance = bold.LineHeightPt + paragraphGap };
        }

        double indent = block.Bullets ? font.SizePt * 1.1 : 0;
        foreach (TextItem item in block.RichItems)
        {
            List<List<TextRun>> wrapped = TextFit.WrapRuns(item.Runs, widthPt - indent, font, context.Measure);
            for (int i = 0; i < wrapped.Count; i++)
                lines.Add(new Line(wrapped[i], indent, block.Bullets && i == 0, false, font.LineHeightPt + (i == wrapped.Count - 1 ? paragraphGap : 0)));
        }

        return lines;
    }

    /// <summary>One laid-out line: its runs (bold ones drawn in the bold face), indent, bullet and the advance after it.</summary>
    private sealed record Line(List<TextRun> Runs, double Indent, bool Bullet, bool Heading, double Advance)
    {
        public string Text => string.Concat(Runs.Select(r => r.Text));

        public FontSpec Font(FontSpec body) => Heading ? body with { Bold = true } : body;
    }
}
