using System.Collections.Immutable;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf.Charts;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Measure, then place: turns a <see cref="Slide"/> into boxes and shapes in points, without drawing anything.
/// Every slide has a header (title, subtitle), a content area and a footer (bank and period, confidentiality,
/// "3 / 12"). The title slide puts its header on a brand-coloured panel. In the content area each key-figures block
/// gets its own full-width row at its natural height; every run of other blocks shares one row side by side
/// (tables and charts get 3 parts of the width, text 2), and those rows share the remaining height.
/// </summary>
internal static class SlideLayout
{
    private const double StripPt = 6;
    private const double FooterRulePt = SlideTheme.PageHeightPt - 36;
    private const double ContentGapPt = 18;
    private const double RowGapPt = 22;
    private const double ColumnGapPt = 28;
    private const double CoverPanelPt = 290;
    private const double MinTextColumnPt = 240;
    private const double MinChartColumnPt = 330;
    private const double HeaderLogoPt = 28;
    private const double HeaderLogoMaxWidthPt = 120;
    private const double CoverLogoPt = 48;
    private const double CoverLogoMaxWidthPt = 180;
    private const double CoverLogoPaddingPt = 8;

    public static SlideDrawing Arrange(Slide slide, ReportMeta meta, int pageNumber, int pageCount, LayoutContext context)
    {
        var shapes = new List<Shape>();
        (Box header, Box content) = Regions(slide, meta, context, shapes);
        ImmutableArray<Box> blocks = Place(slide.Blocks, content, context);
        for (int i = 0; i < blocks.Length; i++)
            Arrange(slide.Blocks[i], blocks[i], context, shapes);
        Box footer = Footer(meta, pageNumber, pageCount, context, shapes);
        return new SlideDrawing(SlideTheme.Page, header, content, footer, blocks, [.. shapes]);
    }

    /// <summary>The box each block of <paramref name="slide"/> gets, in block order, without laying out the blocks themselves: pagination asks what fits in them.</summary>
    public static ImmutableArray<Box> BlockBoxes(Slide slide, ReportMeta meta, LayoutContext context)
    {
        (_, Box content) = Regions(slide, meta, context, []);
        return Place(slide.Blocks, content, context);
    }

    private static (Box Header, Box Content) Regions(Slide slide, ReportMeta meta, LayoutContext context, List<Shape> shapes)
    {
        bool cover = slide.Kind == SlideKinds.Title;
        Box header = cover ? CoverHeader(slide, meta, context, shapes) : Header(slide, context, shapes);
        double contentTop = cover ? CoverPanelPt + 30 : header.Bottom + ContentGapPt;
        return (header, new Box(SlideTheme.MarginPt, contentTop, SlideTheme.PageWidthPt - (2 * SlideTheme.MarginPt), FooterRulePt - 14 - contentTop));
    }

    private static Box Header(Slide slide, LayoutContext context, List<Shape> shapes)
    {
        SlideTheme theme = context.Theme;
        shapes.Add(new RectShape(new Box(0, 0, SlideTheme.PageWidthPt, StripPt), theme.Brand));
        double left = SlideTheme.MarginPt, right = SlideTheme.PageWidthPt - SlideTheme.MarginPt, top = 30;
        if (context.Logo is { } logo)
        {
            // The logo sits in the title bar's top-right corner; the title wraps short of it rather than under it.
            Box corner = LogoBox(logo, right, top, HeaderLogoPt, HeaderLogoMaxWidthPt);
            shapes.Add(new ImageShape(logo.Path, corner));
            right = corner.X - ColumnGapPt;
        }

        double y = Lines(slide.Title, SlideTheme.Title, 20, 2, left, right, top, theme.Text, context, shapes);
        if (slide.Subtitle is { Length: > 0 } subtitle)
            y = Lines(subtitle, SlideTheme.Subtitle, 11, 2, left, right, y + 4, theme.Muted, context, shapes);
        // A short brand rule under the header ties the title to the theme without a heavy bar.
        shapes.Add(new RectShape(new Box(left, y + 8, 56, 3), theme.Brand));
        // The header spans the slide's width, logo included.
        return new Box(left, top, SlideTheme.PageWidthPt - SlideTheme.MarginPt - left, Math.Max(y + 11, top + HeaderLogoPt) - top);
    }

    private static Box CoverHeader(Slide slide, ReportMeta meta, LayoutContext context, List<Shape> shapes)
    {
        SlideTheme theme = context.Theme;
        shapes.Add(new RectShape(new Box(0, 0, SlideTheme.PageWidthPt, CoverPanelPt), theme.Brand));
        double left = SlideTheme.MarginPt, right = SlideTheme.PageWidthPt - SlideTheme.MarginPt, top = 44;
        if (context.Logo is { } logo)
        {
            // On the cover the logo gets a white card: a logo is designed for a light background, not the brand colour.
            Box image = LogoBox(logo, right - CoverLogoPaddingPt, top, CoverLogoPt, CoverLogoMaxWidthPt);
            shapes.Add(new RectShape(image.Inset(-CoverLogoPaddingPt, -CoverLogoPaddingPt), theme.White));
            shapes.Add(new ImageShape(logo.Path, image));
            right = image.X - CoverLogoPaddingPt - ColumnGapPt;
        }

        Lines(meta.BankName, SlideTheme.CoverLine with { Bold = true }, 12, 1, left, right, top, theme.OnBrandMuted, context, shapes);
        // Title, subtitle and period sit on the panel's lower edge, however many lines the title takes: measure once, then place.
        right = SlideTheme.PageWidthPt - SlideTheme.MarginPt;
        double height = CoverTitleBlock(slide, meta, left, right, 0, context, []);
        double bottom = CoverTitleBlock(slide, meta, left, right, CoverPanelPt - 40 - height, context, shapes);
        return new Box(left, top, right - left, bottom - top);
    }

    /// <summary>The cover's title, subtitle, rule and period from <paramref name="top"/>; returns the bottom.</summary>
    private static double CoverTitleBlock(Slide slide, ReportMeta meta, double left, double right, double top, LayoutContext context, List<Shape> shapes)
    {
        SlideTheme theme = context.Theme;
        double y = Lines(slide.Title, SlideTheme.CoverTitle, 24, 2, left, right, top, theme.White, context, shapes);
        if (slide.Subtitle is { Length: > 0 } subtitle)
            y = Lines(subtitle, SlideTheme.CoverLine, 12, 2, left, right, y + 6, theme.OnBrandMuted, context, shapes);
        shapes.Add(new RectShape(new Box(left, y + 16, 56, 3), theme.White));
        return Lines(meta.Period, SlideTheme.CoverLine, 12, 1, left, right, y + 30, theme.White, context, shapes);
    }

    /// <summary>Wrapped, shrunk (down to <paramref name="minPt"/>) and clipped to <paramref name="maxLines"/> lines; returns the bottom.</summary>
    private static double Lines(string text, FontSpec font, double minPt, int maxLines, double left, double right, double top, PdfSharp.Drawing.XColor color, LayoutContext context, List<Shape> shapes)
    {
        double width = right - left;
        FontSpec fitted = TextFit.Shrink(font, minPt, maxLines, f => TextFit.Wrap(text, width, f, context.Measure).Count);
        List<string> lines = TextFit.Clip(TextFit.Wrap(text, width, fitted, context.Measure), maxLines, width, fitted, context.Measure);
        double y = top;
        foreach (string line in lines)
        {
            shapes.Add(TextShape.At(line, context.Width(line, fitted), left, right, y, fitted, color, TextAlign.Left));
            y += fitted.LineHeightPt;
        }

        return y;
    }

    /// <summary>A box <paramref name="heightPt"/> high (narrower if the logo is very wide) ending at <paramref name="right"/>, at the image's aspect ratio.</summary>
    private static Box LogoBox(LogoImage logo, double right, double top, double heightPt, double maxWidthPt)
    {
        double width = Math.Min(maxWidthPt, heightPt * logo.Aspect);
        double height = width / logo.Aspect;
        return new Box(right - width, top + ((heightPt - height) / 2), width, height);
    }

    // Notes beside a table may give up width down to where their text would shrink below this size.
    private static readonly FontSpec ReadableText = SlideTheme.Body with { SizePt = 12 };

    private static ImmutableArray<Box> Place(ImmutableArray<SlideBlock> blocks, Box content, LayoutContext context)
    {
        // Rows: each key-figures block alone; consecutive other blocks together.
        var rows = new List<List<int>>();
        for (int i = 0; i < blocks.Length; i++)
        {
            bool alone = blocks[i] is KeyFiguresBlock;
            if (alone || rows.Count == 0 || blocks[rows[^1][0]] is KeyFiguresBlock)
                rows.Add([i]);
            else
                rows[^1].Add(i);
        }

        if (rows.Count == 0)
            return [];
        double[] heights = [.. rows.Select(r => blocks[r[0]] is KeyFiguresBlock figures ? KeyFiguresLayout.Height(figures, content.Width, context) : -1)];
        double available = content.Height - (RowGapPt * (rows.Count - 1));
        double fixedHeight = heights.Where(h => h >= 0).Sum();
        int flexible = heights.Count(h => h < 0);
        double flexHeight = flexible == 0 ? 0 : Math.Max(0, (available - fixedHeight) / flexible);
        for (int r = 0; r < heights.Length; r++)
            heights[r] = heights[r] < 0 ? flexHeight : heights[r];
        // Too many key figures for one slide: every row gives up height in proportion, so nothing leaves the content area.
        double total = heights.Sum();
        if (total > available && total > 0)
            heights = [.. heights.Select(h => h * Math.Max(0, available) / total)];

        var boxes = new Box[blocks.Length];
        double y = content.Y;
        for (int r = 0; r < rows.Count; r++)
        {
            double width = content.Width - (ColumnGapPt * (rows[r].Count - 1));
            double[] widths = Widths([.. rows[r].Select(i => blocks[i])], width, heights[r], context);
            double x = content.X;
            for (int k = 0; k < rows[r].Count; k++)
            {
                int i = rows[r][k];
                var box = new Box(x, y, widths[k], heights[r]);
                boxes[i] = box;
                x = box.Right + ColumnGapPt;
            }

            y += heights[r] + RowGapPt;
        }

        return [.. boxes];
    }

    /// <summary>
    /// The widths of the blocks sharing one row: by weight, except that a table beside text takes the width its columns
    /// need (headers on two lines at most) as long as the text still fits beside it at a readable size. Without this a
    /// wide table shrinks to the smallest text size while the notes beside it leave half their column empty. A table
    /// beside a chart likewise takes the width it needs while the chart keeps a readable width: a chart scales, a table's
    /// text does not.
    /// </summary>
    private static double[] Widths(SlideBlock[] row, double width, double height, LayoutContext context)
    {
        double weights = row.Sum(Weight);
        double[] widths = [.. row.Select(b => width * Weight(b) / weights)];
        int table = Array.FindIndex(row, b => b is TableBlock);
        if (row.Length == 2 && table >= 0 && row[1 - table] is ChartBlock)
        {
            double need = Math.Min(TableLayout.CompactWidth(((TableBlock)row[table]).Table, context), width - MinChartColumnPt);
            if (need > widths[table])
            {
                widths[table] = need;
                widths[1 - table] = width - need;
            }

            return widths;
        }

        if (row.Length < 2 || table < 0 || row.Count(b => b is TextBlock) != row.Length - 1)
            return widths;
        double want = Math.Min(TableLayout.CompactWidth(((TableBlock)row[table]).Table, context), width - (MinTextColumnPt * (row.Length - 1)));
        double textWeights = weights - Weight(row[table]);
        for (double tableWidth = want; tableWidth > widths[table]; tableWidth -= 16)
        {
            double[] candidate = [.. row.Select((b, k) => k == table ? tableWidth : (width - tableWidth) * Weight(b) / textWeights)];
            bool textFits = row.Select((b, k) => (b, k)).All(p => p.b is not TextBlock text
                || TextBlockLayout.Height(text, candidate[p.k], ReadableText, context) <= height);
            if (textFits)
                return candidate;
        }

        return widths;
    }

    private static double Weight(SlideBlock block) => block is TableBlock or ChartBlock ? 3 : 2;

    private static void Arrange(SlideBlock block, Box box, LayoutContext context, List<Shape> shapes)
    {
        switch (block)
        {
            case KeyFiguresBlock figures: KeyFiguresLayout.Arrange(figures, box, context, shapes); break;
            case TableBlock table: TableLayout.Arrange(table.Table, box, context, shapes); break;
            case TextBlock text: TextBlockLayout.Arrange(text, box, context, shapes); break;
            case ChartBlock chart: shapes.AddRange(ChartLayout.Arrange(chart.Chart, box, context)); break;
            default: throw new NotSupportedException($"The PDF writer cannot lay out {block.GetType().Name} yet.");
        }
    }

    private static Box Footer(ReportMeta meta, int pageNumber, int pageCount, LayoutContext context, List<Shape> shapes)
    {
        SlideTheme theme = context.Theme;
        double left = SlideTheme.MarginPt, right = SlideTheme.PageWidthPt - SlideTheme.MarginPt, top = FooterRulePt + 8;
        FontSpec font = SlideTheme.Footer;
        shapes.Add(new LineShape(left, right, FooterRulePt, theme.Rule, 0.75));
        string page = $"{pageNumber} / {pageCount}";
        double third = (right - left) / 3;
        string source = TextFit.Truncate(string.Join(" · ", new[] { meta.BankName, meta.Period }.Where(s => s.Length > 0)), third - 8, font, context.Measure);
        shapes.Add(TextShape.At(source, context.Width(source, font), left, left + third, top, font, theme.Muted, TextAlign.Left));
        if (meta.Confidentiality.Length > 0)
        {
            string mark = TextFit.Truncate(meta.Confidentiality, third - 8, font with { Bold = true }, context.Measure);
            shapes.Add(TextShape.At(mark, context.Width(mark, font with { Bold = true }), left + third, right - third, top, font with { Bold = true }, theme.Muted, TextAlign.Center));
        }

        shapes.Add(TextShape.At(page, context.Width(page, font), right - third, right, top, font, theme.Muted, TextAlign.Right));
        return new Box(left, FooterRulePt - 1, right - left, top + font.LineHeightPt - FooterRulePt + 1);
    }
}
