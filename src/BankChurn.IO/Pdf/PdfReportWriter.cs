using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BankChurn.Core.Report;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BankChurn.IO.Pdf;

/// <summary>Writes the report's slides as a 16:9 PDF deck with embedded fonts, in the theme of <see cref="ReportMeta"/>.</summary>
public sealed class PdfReportWriter : IReportWriter
{
    public string FileName => "report.pdf";

    /// <exception cref="Core.InputException">The font family is not installed, the licence file is unusable or the brand colour is malformed.</exception>
    public void Write(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        if (report.Slides.IsEmpty)
            throw new ArgumentException("A deck needs at least one slide; the composer always adds the title slide.", nameof(report));

        ReportMeta meta = report.Meta;
        SlideTheme theme = SlideTheme.From(meta);
        PdfSharpSetup.Prepare(meta);
        var text = CellText.For(meta.Language);
        var fonts = new XFonts(theme.FontFamily);

        using var document = new PdfDocument();
        document.Info.Title = meta.Title;
        document.Info.Author = meta.BankName;
        document.Info.Subject = meta.Period;
        document.Info.Creator = "BankChurn";
        // The pinned report timestamp, not the clock: identical input gives identical properties.
        document.Info.CreationDate = meta.GeneratedAt.UtcDateTime;
        document.Info.ModificationDate = meta.GeneratedAt.UtcDateTime;
        document.PageLayout = PdfPageLayout.SinglePage;
        // PDFsharp draws a random file identifier; one derived from the report keeps reruns byte-identical.
        string id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{meta.Title}|{meta.Period}|{meta.GeneratedAt.ToString("O", CultureInfo.InvariantCulture)}")), 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        // Measure and paginate the whole deck first: the footer's "n / total" counts pages, which only pagination knows.
        using XGraphics measuring = XGraphics.CreateMeasureContext(new XSize(SlideTheme.PageWidthPt, SlideTheme.PageHeightPt), XGraphicsUnit.Point, XPageDirection.Downwards);
        using XImage? logo = meta.LogoFile is { } file ? XImage.FromFile(file) : null;
        var context = new LayoutContext(theme, text, new XTextMeasurer(measuring, fonts))
        {
            Logo = logo is null ? null : new LogoImage(meta.LogoFile!, (double)logo.PixelWidth / Math.Max(1, logo.PixelHeight)),
        };
        foreach (SlideDrawing drawing in SlidePages.Arrange(report, context))
        {
            PdfPage page = document.AddPage();
            page.Width = XUnit.FromPoint(SlideTheme.PageWidthPt);
            page.Height = XUnit.FromPoint(SlideTheme.PageHeightPt);
            using XGraphics graphics = XGraphics.FromPdfPage(page);
            SlidePainter.Paint(graphics, drawing, fonts, logo);
        }

        StablePdf.TagSubsets(document);
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        StablePdf.PinXmpIds(saved.GetBuffer().AsSpan(0, (int)saved.Length), id);
        saved.Position = 0;
        saved.CopyTo(stream);
    }
}
