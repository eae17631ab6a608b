using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using PdfSharp.Drawing;

namespace BankChurn.IO.Tests.Pdf;

public class SlideLayoutTests
{
    private static readonly LayoutContext Context = new(
        new SlideTheme(XColor.FromArgb(0x1F, 0x4E, 0x79), "DejaVu Sans"), CellText.For("ru"), new FixedWidthMeasurer());

    public static TheoryData<string> SampleSlides => new() { SlideKinds.Title, SlideKinds.DataQuality };

    private static SlideDrawing Arrange(Slide slide) => SlideLayout.Arrange(slide, SampleReport.Meta(), 3, 12, Context);

    private static Slide Sample(string kind) => kind == SlideKinds.Title ? SampleReport.TitleSlide() : SampleReport.QualitySlide();

    [Theory]
    [MemberData(nameof(SampleSlides))]
    public void Arrange_EveryShapeInsideThePage(string kind)
    {
        SlideDrawing drawing = Arrange(Sample(kind));

        Assert.All(drawing.Shapes, shape => Assert.True(drawing.Page.Contains(shape.Bounds), $"{shape} leaves the page"));
        Assert.All(drawing.Blocks, box => Assert.True(drawing.Content.Contains(box), $"{box} leaves the content area"));
    }

    [Theory]
    [MemberData(nameof(SampleSlides))]
    public void Arrange_HeaderAboveContentAboveFooter(string kind)
    {
        SlideDrawing drawing = Arrange(Sample(kind));

        Assert.True(drawing.Header.Bottom <= drawing.Content.Y, "header overlaps content");
        Assert.True(drawing.Content.Bottom <= drawing.Footer.Y, "content overlaps footer");
        Assert.True(drawing.Footer.Bottom <= SlideTheme.PageHeightPt);
    }

    [Theory]
    [MemberData(nameof(SampleSlides))]
    public void Arrange_BlocksDoNotOverlap_AndTextStaysInItsRegion(string kind)
    {
        SlideDrawing drawing = Arrange(Sample(kind));
        Box[] regions = [drawing.Header, drawing.Footer, .. drawing.Blocks];

        for (int i = 0; i < drawing.Blocks.Length; i++)
        {
            for (int j = i + 1; j < drawing.Blocks.Length; j++)
                Assert.False(drawing.Blocks[i].Overlaps(drawing.Blocks[j]), $"block {i} overlaps block {j}");
        }

        Assert.All(drawing.Shapes.OfType<TextShape>(), text =>
            Assert.True(regions.Any(r => r.Contains(text.Line)), $"'{text.Text}' at {text.Line} is outside header, footer and blocks"));
    }

    [Fact]
    public void Arrange_QualitySlide_KeyFiguresRowThenTableBesideText()
    {
        SlideDrawing drawing = Arrange(SampleReport.QualitySlide());
        (Box figures, Box table, Box text) = (drawing.Blocks[0], drawing.Blocks[1], drawing.Blocks[2]);

        Assert.Equal(drawing.Content.Width, figures.Width, 3);
        Assert.True(table.Y >= figures.Bottom);
        Assert.Equal(table.Y, text.Y, 3);
        Assert.True(text.X >= table.Right);
        Assert.True(table.Width > text.Width, "the table gets the wider column");
    }

    [Fact]
    public void Arrange_Footer_ShowsBankPeriodConfidentialityAndPageOfPages()
    {
        SlideDrawing drawing = Arrange(SampleReport.QualitySlide());
        TextShape[] footer = [.. drawing.Shapes.OfType<TextShape>().Where(t => drawing.Footer.Contains(t.Line))];

        Assert.Contains(footer, t => t.Text == "Банк «Метанпром» · ноябрь 2026");
        Assert.Contains(footer, t => t.Text == "Конфиденциально");
        TextShape page = Assert.Single(footer, t => t.Text == "3 / 12");
        Assert.Equal(drawing.Footer.Right, page.Line.Right, 3);
    }

    [Fact]
    public void Arrange_LongText_ShrinksWrapsAndEndsWithEllipsis()
    {
        string item = string.Join(' ', Enumerable.Repeat("клиенты с одним продуктом уходят чаще", 4));
        var slide = new Slide("findings", "Много выводов", null, [new TextBlock([.. Enumerable.Repeat(item, 30)])]);

        SlideDrawing drawing = Arrange(slide);
        TextShape[] lines = [.. drawing.Shapes.OfType<TextShape>().Where(t => drawing.Blocks[0].Contains(t.Line))];

        Assert.All(lines, t => Assert.True(drawing.Blocks[0].Contains(t.Line), $"'{t.Text}' overflows"));
        Assert.All(lines, t => Assert.Equal(SlideTheme.MinTextPt, t.Font.SizePt));
        Assert.EndsWith(TextFit.Ellipsis, lines[^1].Text, StringComparison.Ordinal);
        Assert.All(lines, t => Assert.True(t.Line.Right <= drawing.Blocks[0].Right + 0.01, $"'{t.Text}' is wider than its box"));
    }

    [Fact]
    public void Arrange_ModerateText_ShrinksOnlyAsMuchAsNeeded()
    {
        // About 190 characters: two lines at 15 pt, and nine such items are a little too tall for the content area.
        string item = "Клиенты с двумя продуктами и без кредитной карты уходят почти вдвое чаще остальных клиентов банка, и это заметно во всех городах, кроме Ростова, где база мала.";
        var slide = new Slide("findings", "Выводы", null, [new TextBlock([.. Enumerable.Repeat(item, 9)])]);

        SlideDrawing drawing = Arrange(slide);
        TextShape[] lines = [.. drawing.Shapes.OfType<TextShape>().Where(t => t.Text != "•" && drawing.Blocks[0].Contains(t.Line))];
        double size = lines[0].Font.SizePt;

        Assert.InRange(size, 13, SlideTheme.Body.SizePt - 0.5);
        Assert.True(!lines.Any(t => t.Text.EndsWith(TextFit.Ellipsis, StringComparison.Ordinal)), string.Join("\n", lines.Select(l => $"{l.Line} {l.Font} {l.Text}")) + drawing.Blocks[0]);
        Assert.True(lines.Length > 9, "items wrap onto several lines");
    }

    [Fact]
    public void Arrange_LongTitle_WrapsToTwoLinesAtMost()
    {
        string title = string.Join(' ', Enumerable.Repeat("Мужчины уходят почти вдвое чаще женщин", 5));
        SlideDrawing drawing = Arrange(new Slide("x", title, null, []));
        TextShape[] lines = [.. drawing.Shapes.OfType<TextShape>().Where(t => t.Font.Bold && drawing.Header.Contains(t.Line))];

        Assert.Equal(2, lines.Length);
        Assert.True(lines[0].Font.SizePt < SlideTheme.Title.SizePt);
        Assert.EndsWith(TextFit.Ellipsis, lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrange_TableTooLong_ShowsWhatFitsAndCountsTheRest()
    {
        var table = new Table(
            [new TableColumn("Сегмент"), new TableColumn("Клиентов", CellFormat.Integer), new TableColumn("Отток", CellFormat.Percent)],
            [.. Enumerable.Range(1, 60).Select(i => (System.Collections.Immutable.ImmutableArray<Cell>)[$"Сегмент {i}", i * 100, i / 100.0])]);
        SlideDrawing drawing = Arrange(new Slide("segments", "Сегменты", null, [new TableBlock(table)]));
        Box box = drawing.Blocks[0];
        TextShape[] texts = [.. drawing.Shapes.OfType<TextShape>().Where(t => box.Contains(t.Line))];

        Assert.All(drawing.Shapes.Where(s => s is not TextShape || box.Contains(s.Bounds)), s => Assert.True(drawing.Page.Contains(s.Bounds)));
        TextShape more = Assert.Single(texts, t => t.Text.StartsWith("… +", StringComparison.Ordinal));
        int shown = texts.Count(t => t.Text.StartsWith("Сегмент ", StringComparison.Ordinal));
        Assert.Equal($"… +{60 - shown}", more.Text);
        Assert.True(shown > 10);
        Assert.All(texts, t => Assert.Equal(SlideTheme.MinTextPt, t.Font.SizePt));
    }

    [Fact]
    public void Arrange_Table_NumbersRightAlignedTextLeftAligned()
    {
        SlideDrawing drawing = Arrange(SampleReport.QualitySlide());
        TextShape[] texts = [.. drawing.Shapes.OfType<TextShape>().Where(t => drawing.Blocks[1].Contains(t.Line))];
        TextShape name = texts.Single(t => t.Text == "balance");
        TextShape count = texts.Single(t => t.Text == "2\u00A0295");
        TextShape share = texts.Single(t => t.Text == "23,0\u00A0%");
        TextShape countHeader = texts.Single(t => t.Text == "Пропусков");

        Assert.Equal(drawing.Blocks[1].X + 7, name.Line.X, 3);
        Assert.Equal(countHeader.Line.Right, count.Line.Right, 3);
        Assert.True(share.Line.X > count.Line.Right);
    }

    [Fact]
    public void Arrange_TableHeader_FilledWithBrandColour_ZebraRows()
    {
        SlideDrawing drawing = Arrange(SampleReport.QualitySlide());
        RectShape[] fills = [.. drawing.Shapes.OfType<RectShape>().Where(r => drawing.Blocks[1].Contains(r.Box))];

        Assert.Equal(Context.Theme.Brand, fills[0].Fill);
        Assert.Equal(drawing.Blocks[1].Y, fills[0].Box.Y, 3);
        // Six data rows: rows 2, 4 and 6 are shaded.
        Assert.Equal(3, fills.Count(r => r.Fill == Context.Theme.Zebra));
    }

    [Fact]
    public void Arrange_HugeKeyFigure_ShrinksInsideItsCard()
    {
        var block = new KeyFiguresBlock(
        [
            new KeyFigure("Ценность под риском", 123_456_789_012, CellFormat.Money),
            new KeyFigure("Клиентов", 10, CellFormat.Integer),
            new KeyFigure("Доля", 0.5, CellFormat.Percent),
            new KeyFigure("Ещё", 1, CellFormat.Integer),
        ]);
        SlideDrawing drawing = Arrange(new Slide("x", "Цифры", null, [block]));
        TextShape big = drawing.Shapes.OfType<TextShape>().Single(t => t.Text.EndsWith('₽'));
        TextShape small = drawing.Shapes.OfType<TextShape>().Single(t => t.Text == "10");

        Assert.True(big.Font.SizePt < SlideTheme.FigureValue.SizePt);
        Assert.Equal(small.BaselineY, big.BaselineY, 3);
        Assert.True(drawing.Blocks[0].Contains(big.Line));
        Assert.True(big.Line.Right < drawing.Blocks[0].X + (drawing.Blocks[0].Width / 4));
    }

    [Fact]
    public void Arrange_TitleSlide_PutsTitleOnTheBrandPanel()
    {
        SlideDrawing drawing = Arrange(SampleReport.TitleSlide());
        RectShape panel = drawing.Shapes.OfType<RectShape>().First();
        TextShape title = drawing.Shapes.OfType<TextShape>().Single(t => t.Text == SampleReport.Title);

        Assert.Equal(Context.Theme.Brand, panel.Fill);
        Assert.True(panel.Box.Contains(title.Line));
        Assert.Equal(Context.Theme.White, title.Color);
        Assert.True(drawing.Blocks[0].Y > panel.Box.Bottom, "key figures sit below the panel");
    }

    [Fact]
    public void Arrange_BoldRun_DrawnInTheBoldFaceRightAfterTheRegularOne()
    {
        TextBlock text = TextBlock.Of([new TextItem([new TextRun("Отток "), new TextRun("18,2 %", true), new TextRun(" за месяц")])], bullets: true, heading: null);
        var slide = new Slide(SlideKinds.Summary, "Главное", null, [text]);

        TextShape[] shapes = [.. Arrange(slide).Shapes.OfType<TextShape>()];

        TextShape regular = shapes.Single(t => t.Text == "Отток ");
        TextShape bold = shapes.Single(t => t.Text.Trim() == "18,2 %");
        TextShape after = shapes.Single(t => t.Text == "за месяц");
        Assert.False(regular.Font.Bold);
        Assert.True(bold.Font.Bold);
        Assert.False(after.Font.Bold);
        Assert.Equal(regular.Line.Right, bold.X, 6);
        Assert.Equal(bold.Line.Right, after.X, 6);
        Assert.Equal(regular.BaselineY, bold.BaselineY);
    }
}
