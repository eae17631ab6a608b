using BankChurn.Core;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BankChurn.IO.Tests.Pdf;

public sealed class PdfReportWriterTests : IDisposable
{
    private readonly string _path = PdfRender.WriteTemp(SampleReport.Create());
    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Write_OnePagePerSlide_16By9_WithTitle()
    {
        using PdfDocument document = PdfReader.Open(_path, PdfDocumentOpenMode.Import);

        Assert.Equal(2, document.PageCount);
        foreach (PdfPage page in document.Pages)
        {
            Assert.Equal(960, page.Width.Point, 3);
            Assert.Equal(540, page.Height.Point, 3);
        }

        Assert.Equal(SampleReport.Title, document.Info.Title);
    }

    [Fact]
    public void Write_TitleSlide_ShowsTitleBankPeriodAndKeyFigures()
    {
        string text = Normalize(PdfRender.PageText(_path, 1));

        Assert.Contains(SampleReport.Title, text, StringComparison.Ordinal);
        Assert.Contains("Банк «Метанпром»", text, StringComparison.Ordinal);
        Assert.Contains("ноябрь 2026", text, StringComparison.Ordinal);
        Assert.Contains("10 000", text, StringComparison.Ordinal);
        Assert.Contains("1 820", text, StringComparison.Ordinal);
        Assert.Contains("18,2 %", text, StringComparison.Ordinal);
        Assert.Contains("95 % ДИ: 17,5–19,0 %", text, StringComparison.Ordinal);
        // pdftotext drops narrow spaces between glyphs, so the page number is matched loosely.
        Assert.Matches(@"1\s*/\s*2", text);
        Assert.Contains("Конфиденциально", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Что важно", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QualitySlide_ShowsTitleTableAndFindings()
    {
        string text = Normalize(PdfRender.PageText(_path, 2));

        Assert.Contains(Normalize(SampleReport.QualityTitle), text, StringComparison.Ordinal);
        Assert.Contains("10 074", text, StringComparison.Ordinal);
        Assert.Contains("Доля пропусков", text, StringComparison.Ordinal);
        Assert.Contains("2 295", text, StringComparison.Ordinal);
        Assert.Contains("23,0 %", text, StringComparison.Ordinal);
        Assert.Contains("0,3 %", text, StringComparison.Ordinal);
        Assert.Contains("Что важно", text, StringComparison.Ordinal);
        Assert.Contains("не заполняется средним", text, StringComparison.Ordinal);
        Assert.Matches(@"2\s*/\s*2", text);
        Assert.DoesNotContain("1 820", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryFontIsEmbedded()
    {
        string[] lines = PdfRender.Poppler("pdffonts", _path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Two header lines ("name type ... emb sub uni", "----"), then one line per font.
        string[] fonts = lines[2..];
        Assert.NotEmpty(fonts);
        int emb = lines[0].IndexOf("emb", StringComparison.Ordinal);
        Assert.All(fonts, line => Assert.Equal("yes", line.Substring(emb, 3)));
        Assert.Contains(fonts, line => line.Contains("DejaVu Sans,Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SameReportTwice_SameTextAndLength()
    {
        // Not byte-identical: PDFsharp 6.5 tags each embedded font subset with six random letters (PDF 1.7, 9.6.4).
        string again = PdfRender.WriteTemp(SampleReport.Create());
        try
        {
            Assert.Equal(new FileInfo(_path).Length, new FileInfo(again).Length);
            Assert.Equal(PdfRender.PageText(_path, 1), PdfRender.PageText(again, 1));
            Assert.Equal(PdfRender.PageText(_path, 2), PdfRender.PageText(again, 2));
        }
        finally
        {
            File.Delete(again);
        }
    }

    [Fact]
    public void Write_NoSlides_Throws()
    {
        Report empty = SampleReport.Create() with { Slides = [] };

        Assert.Throws<ArgumentException>(() => new PdfReportWriter().Write(empty, new MemoryStream()));
    }

    [Fact]
    public void Write_BadBrandColor_UsageErrorNamingTheKey()
    {
        Report report = SampleReport.Create() with { Meta = SampleReport.Meta() with { BrandColor = "navy" } };

        InputException error = Assert.Throws<InputException>(() => new PdfReportWriter().Write(report, new MemoryStream()));

        Assert.Equal(ProblemKind.Usage, error.Kind);
        Assert.Contains("report.brand_color", error.Message, StringComparison.Ordinal);
        Assert.Contains("'navy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MissingFontFamily_UsageErrorListingInstalledFamilies()
    {
        Report report = SampleReport.Create(fontFamily: "Comic Sans Nowhere");

        InputException error = Assert.Throws<InputException>(() => new PdfReportWriter().Write(report, new MemoryStream()));

        Assert.Equal(ProblemKind.Usage, error.Kind);
        Assert.Contains("'Comic Sans Nowhere' is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("report.font_family", error.Message, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OtherInstalledFamily_EmbedsThatFamily()
    {
        // Lato is an optional second family (apt-get install fonts-lato), not one CI must have: a plain skip.
        Assert.SkipUnless(PdfSharpSetup.Fonts.Contains("Lato"), "The Lato font is not installed here (apt-get install fonts-lato).");

        string path = PdfRender.WriteTemp(SampleReport.Create(fontFamily: "Lato"));
        try
        {
            string fonts = PdfRender.Poppler("pdffonts", path);
            Assert.Contains("Lato", fonts, StringComparison.Ordinal);
            Assert.DoesNotContain("DejaVu", fonts, StringComparison.Ordinal);
            Assert.Contains("Отток клиентов", PdfRender.PageText(path, 1), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
