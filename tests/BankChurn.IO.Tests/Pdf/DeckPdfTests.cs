using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>Whole decks written to PDF and read back with poppler: pages, titles, fonts and footers, in both languages.</summary>
public sealed class DeckPdfTests
{
    public static TheoryData<string, string> Decks => DeckReports.EveryDeck();

    [Theory]
    [MemberData(nameof(Decks))]
    public void Write_Deck_PagesTitlesFontsAndFootersReadBack(string data, string language)
    {
        Report report = DeckReports.Require(data, language);

        ImmutableArray<Slide> pages = SlidePages.Of(report, DeckReports.Context(report.Meta));
        string path = PdfRender.WriteTemp(report);
        try
        {
            Match count = Regex.Match(PdfRender.Poppler("pdfinfo", path), @"Pages:\s+(\d+)");
            Assert.Equal(pages.Length, int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture));

            string[] fonts = [.. PdfRender.Poppler("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
            Assert.NotEmpty(fonts);
            Assert.All(fonts, row => Assert.Matches(@"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row));

            string bankAndPeriod = $"{report.Meta.BankName} · {report.Meta.Period}";
            for (int p = 0; p < pages.Length; p++)
            {
                string text = Words(PdfRender.PageText(path, p + 1));
                Assert.True(text.Contains(Words(pages[p].Title), StringComparison.Ordinal), $"page {p + 1} lacks its title '{pages[p].Title}':\n{text}");
                Assert.Contains(Words(bankAndPeriod), text, StringComparison.Ordinal);
                Assert.Contains(Words(report.Meta.Confidentiality), text, StringComparison.Ordinal);
                // pdftotext may drop the narrow spaces around the slash.
                Assert.Matches($@"(^|\s){p + 1}\s*/\s*{pages.Length}(\s|$)", text);
            }

            Assert.Contains(language == "en" ? "Customer churn" : "Отток клиентов", PdfRender.PageText(path, 1), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_DeckWithLogo_OneImageDrawnOnEveryPage()
    {
        Report report = DeckReports.For("synthetic", "ru")!;
        string logo = Path.Combine(Path.GetTempPath(), $"bankchurn-logo-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(logo, DeckSamples.Png());
        Report withLogo = report with { Meta = report.Meta with { LogoFile = logo } };
        string path = PdfRender.WriteTemp(withLogo);
        try
        {
            // pdfimages -list: two header lines, then one line per image drawn; the object number (column 11) shows it is stored once.
            string[] images = [.. PdfRender.Poppler("pdfimages", "-list", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
            int pages = SlidePages.Of(withLogo, DeckReports.Context(withLogo.Meta)).Length;
            Assert.Equal(pages, images.Length);
            Assert.Single(images.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[10]).Distinct());
        }
        finally
        {
            File.Delete(path);
            File.Delete(logo);
        }
    }

    [Fact]
    public void Write_LongTable_ContinuationPagesInThePdf()
    {
        var rows = Enumerable.Range(1, 60).Select(i => (ImmutableArray<Cell>)[$"Сегмент {i}", i * 100]).ToImmutableArray();
        var table = new Table([new TableColumn("Сегмент"), new TableColumn("Клиентов", CellFormat.Integer)], rows);
        Report report = SampleReport.Create() with { Slides = [SampleReport.TitleSlide(), new Slide("x", "Все сегменты", null, [new TableBlock(table)])] };
        string path = PdfRender.WriteTemp(report);
        try
        {
            int pages = int.Parse(Regex.Match(PdfRender.Poppler("pdfinfo", path), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(pages >= 3);
            string last = PdfRender.PageText(path, pages);
            Assert.Contains("Все сегменты (продолжение)", last, StringComparison.Ordinal);
            Assert.Contains("Клиентов", last, StringComparison.Ordinal);
            Assert.Contains("Сегмент 60", last, StringComparison.Ordinal);
            Assert.Matches($@"{pages}\s*/\s*{pages}", last);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Words(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
