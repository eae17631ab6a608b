using System.Collections.Immutable;
using BankChurn.Core.Report;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Pagination between the report model and drawing: one <see cref="Slide"/> becomes one or more pages. A table whose rows
/// do not fit its box even at the smallest text size continues on the next page under its repeated header; text that
/// does not fit continues item by item (or line by line, for one very long item). Continuation pages carry the title
/// with "(продолжение)" / "(continued)"; key figures and charts stay on the first page. Nothing is cut.
/// </summary>
internal static class SlidePages
{
    // A slide that keeps overflowing after this many pages is a layout bug, not content: stop rather than loop.
    private const int MaxPagesPerSlide = 100;

    /// <summary>Every page of the deck, in order.</summary>
    public static ImmutableArray<Slide> Of(Report report, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Slides.SelectMany(slide => Split(slide, report.Meta, context))];
    }

    /// <summary>Every page of the deck measured and placed, numbered "n / total" over the pages, not the slides.</summary>
    public static ImmutableArray<SlideDrawing> Arrange(Report report, LayoutContext context)
    {
        ImmutableArray<Slide> pages = Of(report, context);
        return [.. pages.Select((page, i) => SlideLayout.Arrange(page, report.Meta, i + 1, pages.Length, context))];
    }

    /// <summary>The pages of one slide: the slide itself when everything fits.</summary>
    public static List<Slide> Split(Slide slide, ReportMeta meta, LayoutContext context)
    {
        var pages = new List<Slide>();
        Slide rest = slide;
        while (true)
        {
            ImmutableArray<Box> boxes = SlideLayout.BlockBoxes(rest, meta, context);
            var heads = ImmutableArray.CreateBuilder<SlideBlock>();
            var tails = ImmutableArray.CreateBuilder<SlideBlock>();
            for (int i = 0; i < rest.Blocks.Length; i++)
            {
                (SlideBlock head, SlideBlock? tail) = SplitBlock(rest.Blocks[i], boxes[i], context);
                heads.Add(head);
                if (tail is not null)
                    tails.Add(tail);
            }

            if (tails.Count == 0 || pages.Count == MaxPagesPerSlide - 1)
            {
                pages.Add(rest);
                return pages;
            }

            pages.Add(rest with { Blocks = heads.ToImmutable() });
            rest = new Slide(rest.Kind == SlideKinds.Title ? "continued" : rest.Kind, Continued(slide.Title, meta.Language), null, tails.ToImmutable());
        }
    }

    /// <summary>The title of a continuation page.</summary>
    public static string Continued(string title, string language) =>
        title + (language == "en" ? " (continued)" : " (продолжение)");

    /// <summary>What of <paramref name="block"/> fits in <paramref name="box"/>, and the rest (null when it all fits). The head is never empty, so pagination always advances.</summary>
    private static (SlideBlock Head, SlideBlock? Tail) SplitBlock(SlideBlock block, Box box, LayoutContext context) => block switch
    {
        TableBlock table => SplitTable(table, box, context),
        TextBlock text => SplitText(text, box, context),
        _ => (block, null),
    };

    private static (SlideBlock, SlideBlock?) SplitTable(TableBlock block, Box box, LayoutContext context)
    {
        Table table = block.Table;
        int rows = table.Rows.Length;
        int fit = TableLayout.RowsThatFit(table, box, context);
        if (fit >= rows)
            return (block, null);
        // Rows are spread evenly over the pages the table needs, so the last page is not a lonely row or two
        // and every page shrinks its text by about the same amount.
        int perPage = Math.Max(1, fit);
        int pages = (rows + perPage - 1) / perPage;
        int head = (rows + pages - 1) / pages;
        return (
            new TableBlock(new Table(table.Columns, table.Rows[..head])),
            new TableBlock(new Table(table.Columns, table.Rows[head..])));
    }

    private static (SlideBlock, SlideBlock?) SplitText(TextBlock block, Box box, LayoutContext context)
    {
        FontSpec smallest = SlideTheme.Body with { SizePt = SlideTheme.MinTextPt };
        bool Fits(TextBlock candidate) => TextBlockLayout.Height(candidate, box.Width, smallest, context) <= box.Height + 0.01;
        if (Fits(block))
            return (block, null);
        int items = 0;
        while (items < block.Items.Length && Fits(block with { Items = block.Items[..(items + 1)] }))
            items++;
        if (items > 0)
            return (block with { Items = block.Items[..items] }, block with { Items = block.Items[items..] });

        // Not even the first item fits: it continues line by line. Re-wrapping the kept lines at the same width gives the same lines.
        double indent = block.Bullets ? smallest.SizePt * 1.1 : 0;
        List<string> lines = TextFit.Wrap(block.Items[0], box.Width - indent, smallest, context.Measure);
        if (lines.Count <= 1)
            return (block with { Items = block.Items[..1] }, block.Items.Length == 1 ? null : block with { Items = block.Items[1..] });
        int kept = 1;
        while (kept < lines.Count - 1 && Fits(block with { Items = [string.Join(' ', lines.Take(kept + 1))] }))
            kept++;
        return (
            block with { Items = [string.Join(' ', lines.Take(kept))] },
            block with { Items = [string.Join(' ', lines.Skip(kept)), .. block.Items[1..]] });
    }
}
