using BankChurn.Core;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

public class FontCatalogTests
{
    [Fact]
    public void Find_DejaVuSans_PicksTheNormalWidthFaceForEachStyle()
    {
        FontCatalog fonts = PdfSharpSetup.Fonts;
        Requires.Tool(fonts.Contains("DejaVu Sans"), "The DejaVu Sans font", "apt-get install fonts-dejavu-core");

        Assert.Equal("DejaVuSans.ttf", Path.GetFileName(fonts.Find("DejaVu Sans", bold: false, italic: false)!.Path));
        Assert.Equal("DejaVuSans-Bold.ttf", Path.GetFileName(fonts.Find("dejavu sans", bold: true, italic: false)!.Path));
        Assert.Equal("DejaVuSans-Oblique.ttf", Path.GetFileName(fonts.Find("DejaVu Sans", bold: false, italic: true)!.Path));
        Assert.Equal("DejaVuSans-BoldOblique.ttf", Path.GetFileName(fonts.Find("DejaVu Sans", bold: true, italic: true)!.Path));
        Assert.Null(fonts.Find("No Such Family", bold: false, italic: false));
    }

    [Fact]
    public void RequireFamily_Missing_UsageErrorListsFoundFamilies()
    {
        FontCatalog fonts = PdfSharpSetup.Fonts;

        InputException error = Assert.Throws<InputException>(() => PdfSharpSetup.RequireFamily(fonts, "Helvetica Neue X", "report.config.yaml"));

        Assert.Equal(ProblemKind.Usage, error.Kind);
        Assert.Equal(ExitCode.UsageError, error.ExitCode);
        Assert.StartsWith("report.config.yaml (report.font_family): font family 'Helvetica Neue X' is not installed.", error.Message, StringComparison.Ordinal);
        Assert.All(fonts.Families, family => Assert.Contains(family, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_FolderWithoutFonts_IsEmpty_AndTheErrorSaysSo()
    {
        string empty = Directory.CreateTempSubdirectory("bankchurn-fonts").FullName;
        try
        {
            File.WriteAllText(Path.Combine(empty, "broken.ttf"), "not a font");
            FontCatalog fonts = FontCatalog.Scan([empty]);

            Assert.Empty(fonts.Families);
            InputException error = Assert.Throws<InputException>(() => PdfSharpSetup.RequireFamily(fonts, "DejaVu Sans", "c.yaml"));
            Assert.Contains("Installed TrueType families: none", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
