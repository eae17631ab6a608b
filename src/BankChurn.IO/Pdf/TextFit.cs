using BankChurn.Core.Report;

namespace BankChurn.IO.Pdf;

/// <summary>Word wrapping and shrink-to-fit with measured widths: text stays inside its box, smaller if it must, cut with "…" as a last resort.</summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="widthPt"/>, at spaces, and inside a word only when the word alone is too wide.</summary>
    public static List<string> Wrap(string text, double widthPt, FontSpec font, ITextMeasurer measure)
    {
        var lines = new List<string>();
        foreach (string paragraph in text.Split('\n'))
        {
            string line = "";
            foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = line.Length == 0 ? word : line + " " + word;
                if (measure.WidthPt(candidate, font) <= widthPt)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                // A single word wider than the box (a long file path) is split by characters, each piece found by a
                // bounded binary search, so a 100,000-character value costs time in proportion to its length.
                int from = 0;
                while (line.Length - from > 1)
                {
                    int fits = FittingPrefix(line, from, widthPt, font, measure);
                    if (fits >= line.Length - from)
                        break;
                    lines.Add(line.Substring(from, fits));
                    from += fits;
                }
                line = from == 0 ? line : line[from..];
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// Breaks runs of regular and bold text into lines no wider than <paramref name="widthPt"/>, at spaces, each part measured
    /// in its own weight; a line is its runs, neighbours of one weight merged. A word wider than the box is split as in <see cref="Wrap"/>.
    /// </summary>
    public static List<List<TextRun>> WrapRuns(IReadOnlyList<TextRun> runs, double widthPt, FontSpec font, ITextMeasurer measure)
    {
        var lines = new List<List<TextRun>>();
        var line = new List<TextRun>();
        double Width(List<TextRun> l) => l.Sum(r => measure.WidthPt(r.Text, font with { Bold = r.Bold }));
        foreach (List<TextRun> word in Words(runs))
        {
            var candidate = new List<TextRun>(line);
            // The space between words goes with the word before it, so a bold phrase does not start with a bold space.
            if (line.Count > 0)
                Append(candidate, new TextRun(" ", line[^1].Bold));
            foreach (TextRun part in word)
                Append(candidate, part);
            if (Width(candidate) <= widthPt)
            {
                line = candidate;
                continue;
            }

            if (line.Count > 0)
                lines.Add(line);
            line = [];
            foreach (TextRun part in word)
                Append(line, part);
            if (Width(line) > widthPt && word.Count == 1)
            {
                // A single word wider than the box (a long file path) is split by characters.
                List<string> pieces = Wrap(word[0].Text, widthPt, font with { Bold = word[0].Bold }, measure);
                for (int i = 0; i < pieces.Count - 1; i++)
                    lines.Add([new TextRun(pieces[i], word[0].Bold)]);
                line = [new TextRun(pieces[^1], word[0].Bold)];
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>The words of the runs, each as its parts: a word may change weight inside ("**18,2**%").</summary>
    private static List<List<TextRun>> Words(IReadOnlyList<TextRun> runs)
    {
        var words = new List<List<TextRun>>();
        var word = new List<TextRun>();
        foreach (TextRun run in runs)
        {
            string[] parts = run.Text.Split(' ');
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0 && word.Count > 0)
                {
                    words.Add(word);
                    word = [];
                }

                if (parts[i].Length > 0)
                    word.Add(new TextRun(parts[i], run.Bold));
            }
        }

        if (word.Count > 0)
            words.Add(word);
        return words;
    }

    private static void Append(List<TextRun> line, TextRun run)
    {
        if (line.Count > 0 && line[^1].Bold == run.Bold)
            line[^1] = line[^1] with { Text = line[^1].Text + run.Text };
        else
            line.Add(run);
    }

    /// <summary>The largest size from <paramref name="font"/> down to <paramref name="minPt"/>, in half points, at which <paramref name="height"/> of the text is at most <paramref name="available"/>; <paramref name="minPt"/> when none is.</summary>
    public static FontSpec Shrink(FontSpec font, double minPt, double available, Func<FontSpec, double> height)
    {
        for (double size = font.SizePt; size >= minPt; size -= 0.5)
        {
            FontSpec candidate = font with { SizePt = size };
            if (height(candidate) <= available)
                return candidate;
        }

        return font with { SizePt = minPt };
    }

    /// <summary>The text cut to fit <paramref name="widthPt"/>, ending in "…" if anything was cut.</summary>
    public static string Truncate(string text, double widthPt, FontSpec font, ITextMeasurer measure)
    {
        if (measure.WidthPt(text, font) <= widthPt)
            return text;
        for (int length = text.Length - 1; length > 0; length--)
        {
            string candidate = text[..length].TrimEnd() + Ellipsis;
            if (measure.WidthPt(candidate, font) <= widthPt)
                return candidate;
        }

        return measure.WidthPt(Ellipsis, font) <= widthPt ? Ellipsis : "";
    }

    /// <summary>Keeps the first <paramref name="maxLines"/> lines; the last kept one ends in "…" when lines were dropped.</summary>
    public static List<string> Clip(List<string> lines, int maxLines, double widthPt, FontSpec font, ITextMeasurer measure)
    {
        if (lines.Count <= maxLines)
            return lines;
        if (maxLines <= 0)
            return [];
        List<string> kept = lines.GetRange(0, maxLines);
        kept[^1] = Truncate(kept[^1] + " " + Ellipsis, widthPt, font, measure);
        return kept;
    }

    /// <summary>
    /// The longest prefix of <paramref name="word"/> (at least one character) no wider than <paramref name="widthPt"/>.
    /// Only prefixes up to a few times what the box can hold are tried, so each search measures short strings; a box
    /// of zero or negative width takes one character a line instead of failing.
    /// </summary>
    private static int FittingPrefix(string word, int from, double widthPt, FontSpec font, ITextMeasurer measure)
    {
        if (!(widthPt > 0))
            return 1;
        int length = word.Length - from;
        string sample = word.Substring(from, Math.Min(8, length));
        double perChar = Math.Max(measure.WidthPt(sample, font) / sample.Length, 0.01);
        int high = (int)Math.Min(length, 4 * widthPt / perChar + 16);
        if (high == length && measure.WidthPt(word[from..], font) <= widthPt)
            return length;
        int low = 1;
        while (low < high)
        {
            int middle = low + (high - low + 1) / 2;
            if (measure.WidthPt(word.Substring(from, middle), font) <= widthPt)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
}
