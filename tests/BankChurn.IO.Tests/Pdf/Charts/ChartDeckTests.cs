
namespace BankChurn.IO.Tests.Pdf.Charts;

/// <summary>The deck with one slide per chart type, read back with poppler: the labels are text, the fonts embedded.</summary>
public sealed class ChartDeckTests : IDisposable
{
    private readonly string _path = PdfRender.WriteTemp(ChartSamples.Deck());
    private readonly ITestOutputHelper _output;

    public ChartDeckTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Write_ChartSlides_LabelsAndFormattedValuesAreText()
    {
        string cities = PdfRender.PageText(_path, 1);
        Assert.Contains("Ярославль", cities, StringComparison.Ordinal);
        Assert.Contains("Ростов Великий", cities, StringComparison.Ordinal);
        Assert.Contains("19,0 %", cities, StringComparison.Ordinal);
        Assert.Contains("в среднем 18,2 %", cities, StringComparison.Ordinal);
        Assert.Contains("Активные клиенты с 4+ продуктами", PdfRender.PageText(_path, 2), StringComparison.Ordinal);
        Assert.Contains("Ушедшие", PdfRender.PageText(_path, 3), StringComparison.Ordinal);
        Assert.Contains("50–60 лет: отток 27,6 %", PdfRender.PageText(_path, 4), StringComparison.Ordinal);
        string phik = PdfRender.PageText(_path, 5);
        Assert.Contains("last_activity", phik, StringComparison.Ordinal);
        Assert.Contains("1,00", phik, StringComparison.Ordinal);
        Assert.Contains("d Коэна", PdfRender.PageText(_path, 6), StringComparison.Ordinal);
        Assert.Contains("17,6 % → 18,2 %", PdfRender.PageText(_path, 7), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChartSlides_EveryFontEmbedded()
    {
        string fonts = PdfRender.Poppler("pdffonts", _path);
        _output.WriteLine(fonts);
        string[] rows = [.. fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];

        Assert.NotEmpty(rows);
        // pdffonts columns: name type encoding emb sub uni; "emb" must be "yes" on every row.
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row));
    }

    [Fact]
    public void Write_SampleDeck_ForLooking()
    {
        // Kept in the temp folder so the charts can be rendered to PNG and looked at: pdftoppm -r 60 -png <file> <prefix>.
        string path = Path.Combine(Path.GetTempPath(), "bankchurn-charts-sample.pdf");
        File.Copy(_path, path, overwrite: true);
        _output.WriteLine(path);
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
