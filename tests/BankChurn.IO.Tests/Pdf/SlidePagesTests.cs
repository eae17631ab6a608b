using System.Collections.Immutable;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using PdfSharp.Drawing;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>Pagination: what does not fit one slide continues on the next, under the same title, and nothing is cut.</summary>
public class SlidePagesTests
{
    private static readonly LayoutContext Context = new(
        new SlideTheme(XColor.FromArgb(0x1F, 0x4E, 0x79), "DejaVu Sans"), CellText.For("ru"), new FixedWidthMeasurer());

    private static readonly string[] Headers = ["Сегмент", "Клиентов", "Отток"];

    private static Table Segments(int rows) => new(
        [new TableColumn(Headers[0]), new TableColumn(Headers[1], CellFormat.Integer), new TableColumn(Headers[2], CellFormat.Percent)],
        [.. Enumerable.Range(1, rows).Select(i => (ImmutableArray<Cell>)[$"Сегмент {i}", i * 100, i / 100.0])]);

    private static string LongBullet(int i) =>
        $"Вывод {i}: " + string.Join(' ', Enumerable.Repeat("клиенты с одним продуктом и без кредитной карты уходят чаще", 3)) + $" — конец {i}.";

    private static Report Deck(params Slide[] slides) => new(SampleReport.Meta(), [.. slides], []);

    private static TextShape[] Texts(SlideDrawing page) => [.. page.Shapes.OfType<TextShape>().Where(t => page.Blocks.Any(b => b.Contains(t.Line)))];

    [Fact]
    public void Split_SixtyRowTable_ContinuesWithTheHeaderRepeated()
    {
        var slide = new Slide("segments_retention", "Сегменты риска", "Все сегменты", [new TableBlock(Segments(60))]);

        ImmutableArray<SlideDrawing> pages = SlidePages.Arrange(Deck(SampleReport.TitleSlide(), slide), Context)[1..];

        Assert.True(pages.Length >= 2, $"{pages.Length} page(s)");
        string[] rows = [.. pages.SelectMany(p => Texts(p).Where(t => t.Text.StartsWith("Сегмент ", StringComparison.Ordinal)).Select(t => t.Text))];
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"Сегмент {i}"), rows);
        foreach (SlideDrawing page in pages)
        {
            TextShape[] texts = Texts(page);
            Assert.All(Headers, h => Assert.Contains(texts, t => t.Text == h && t.Font.Bold));
            Assert.DoesNotContain(texts, t => t.Text.StartsWith("… +", StringComparison.Ordinal));
            DeckGeometry.AssertInsideAndApart(page, page.Shapes.OfType<TextShape>().First(t => t.Font.Bold).Text);
        }
    }

    [Fact]
    public void Split_SixtyRowTable_RowsSpreadEvenly_TitleSaysContinued()
    {
        var slide = new Slide("segments_retention", "Сегменты риска", "Все сегменты", [new TableBlock(Segments(60))]);

        List<Slide> pages = SlidePages.Split(slide, SampleReport.Meta(), Context);
        int[] counts = [.. pages.Select(p => ((TableBlock)p.Blocks.Single()).Table.Rows.Length)];

        Assert.Equal(60, counts.Sum());
        Assert.True(counts.Max() - counts.Min() <= 1, string.Join(", ", counts));
        Assert.Equal("Сегменты риска", pages[0].Title);
        Assert.Equal("Все сегменты", pages[0].Subtitle);
        Assert.All(pages.Skip(1), p => Assert.Equal("Сегменты риска (продолжение)", p.Title));
    }

    [Fact]
    public void Split_FortyLongBullets_SeveralPagesEveryBulletWhole()
    {
        var slide = new Slide("findings", "Выводы", null, [new TextBlock([.. Enumerable.Range(1, 40).Select(LongBullet)], Bullets: true, Heading: "Что важно")]);

        ImmutableArray<SlideDrawing> pages = SlidePages.Arrange(Deck(slide), Context);

        Assert.True(pages.Length >= 3, $"{pages.Length} page(s)");
        string all = string.Join(' ', pages.SelectMany(p => Texts(p).Select(t => t.Text)));
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"конец {i}.", all, StringComparison.Ordinal));
        foreach (SlideDrawing page in pages)
        {
            TextShape[] texts = Texts(page);
            Assert.DoesNotContain(texts, t => t.Text.EndsWith(TextFit.Ellipsis, StringComparison.Ordinal));
            Assert.All(texts, t => Assert.True(t.Font.SizePt >= SlideTheme.MinTextPt));
            Assert.Contains(texts, t => t.Text == "Что важно");
            DeckGeometry.AssertInsideAndApart(page, "bullets");
        }

        Assert.Contains(pages[1].Shapes.OfType<TextShape>(), t => t.Text == "Выводы (продолжение)");
    }

    [Fact]
    public void Split_OneHugeParagraph_ContinuesLineByLine()
    {
        string paragraph = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"слово{i}"));
        var slide = new Slide("notes", "Примечание", null, [new TextBlock([paragraph], Bullets: false)]);

        ImmutableArray<SlideDrawing> pages = SlidePages.Arrange(Deck(slide), Context);

        Assert.True(pages.Length >= 2);
        string[] words = [.. pages.SelectMany(p => Texts(p)).SelectMany(t => t.Text.Split(' '))];
        Assert.Equal(Enumerable.Range(1, 700).Select(i => $"слово{i}"), words);
        Assert.All(pages, p => DeckGeometry.AssertInsideAndApart(p, "paragraph"));
    }

    [Fact]
    public void Split_TableBesideText_TextStaysOnTheFirstPage_TableContinuesFullWidth()
    {
        var slide = new Slide("x", "Таблица и выводы", null, [new TableBlock(Segments(45)), new TextBlock(["Короткий вывод."])]);

        List<Slide> pages = SlidePages.Split(slide, SampleReport.Meta(), Context);

        Assert.True(pages.Count >= 2);
        Assert.Equal(2, pages[0].Blocks.Length);
        Assert.All(pages.Skip(1), p => Assert.IsType<TableBlock>(Assert.Single(p.Blocks)));
    }

    [Fact]
    public void Split_EverythingFits_TheSlideItself()
    {
        Slide slide = SampleReport.QualitySlide();

        Assert.Same(slide, Assert.Single(SlidePages.Split(slide, SampleReport.Meta(), Context)));
    }

    [Fact]
    public void Continued_English_SaysContinued() =>
        Assert.Equal("Segments (continued)", SlidePages.Continued("Segments", "en"));

    [Fact]
    public void Arrange_Logo_InTheTitleBarCornerAndOnTheCover_TitleKeepsClear()
    {
        LayoutContext context = Context with { Logo = new LogoImage("/logo.png", 3) };
        string title = string.Join(' ', Enumerable.Repeat("Мужчины уходят почти вдвое чаще женщин", 3));

        SlideDrawing page = SlideLayout.Arrange(new Slide("x", title, null, []), SampleReport.Meta(), 2, 2, context);
        SlideDrawing cover = SlideLayout.Arrange(SampleReport.TitleSlide(), SampleReport.Meta(), 1, 2, context);

        ImageShape logo = Assert.Single(page.Shapes.OfType<ImageShape>());
        Assert.Equal(SlideTheme.PageWidthPt - SlideTheme.MarginPt, logo.Box.Right, 3);
        Assert.Equal(3, logo.Box.Width / logo.Box.Height, 3);
        Assert.True(page.Header.Contains(logo.Box));
        Assert.All(page.Shapes.OfType<TextShape>().Where(t => page.Header.Contains(t.Line)), t => Assert.True(t.Line.Right < logo.Box.X, $"'{t.Text}' runs under the logo"));
        ImageShape onCover = Assert.Single(cover.Shapes.OfType<ImageShape>());
        Assert.True(onCover.Box.Height > logo.Box.Height);
        Assert.All(cover.Shapes.OfType<TextShape>(), t => Assert.False(t.Line.Overlaps(onCover.Box), $"'{t.Text}' overlaps the logo"));
    }
}
