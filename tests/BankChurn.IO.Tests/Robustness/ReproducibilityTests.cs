using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>With report.generated_at pinned, the same data and config give the same bytes in every output.</summary>
public sealed partial class ReproducibilityTests : IDisposable
{
    private readonly OutputCase _case = new();

    public void Dispose() => _case.Dispose();

    [Fact]
    public void Generate_TwiceWithPinnedTimestamp_WritesByteIdenticalOutputs()
    {
        Assert.Equal(0, _case.Generate().ExitCode);
        Dictionary<string, byte[]> first = _case.Snapshot();
        Assert.Equal(0, _case.Generate().ExitCode);
        Dictionary<string, byte[]> second = _case.Snapshot();

        Assert.Equal(["report.pdf", "results.json", "scores.csv", "segments.xlsx"], first.Keys.Order(StringComparer.Ordinal));
        foreach (string file in first.Keys)
            Assert.True(first[file].AsSpan().SequenceEqual(second[file]), $"{file} differs between two runs of the same input");
    }

    [Fact]
    public void Generate_OtherTimestamp_ChangesOnlyWhatTheTimestampNames()
    {
        // Guards the test above against a trivially constant output: the timestamp does reach every file.
        Assert.Equal(0, _case.Generate().ExitCode);
        Dictionary<string, byte[]> first = _case.Snapshot();
        Assert.Equal(0, _case.Generate(stamp: "2027-01-15T12:00:00+00:00").ExitCode);
        Dictionary<string, byte[]> second = _case.Snapshot();
        // scores.csv is the one output without a timestamp: one row per client, nothing about the run.
        foreach (string file in first.Keys.Where(f => f != "scores.csv"))
            Assert.False(first[file].AsSpan().SequenceEqual(second[file]), $"{file} does not record the timestamp");
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+([A-Za-z0-9#,+-]+)")]
    private static partial Regex SubsetName();

    [Fact]
    public void Generate_Pdf_TagsEachFontSubsetConsistently()
    {
        Assert.Equal(0, _case.Generate().ExitCode);
        string pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(_case.PeriodFolder, "report.pdf")));
        var tags = SubsetName().Matches(pdf).Select(m => (Tag: m.Groups[1].Value, Font: m.Groups[2].Value)).ToList();
        Assert.NotEmpty(tags);
        // The Type0 font, its CIDFont and its descriptor name one subset with one tag, and different subsets never share one.
        foreach (var group in tags.GroupBy(t => t.Tag))
            Assert.Single(group.Select(t => t.Font).Distinct());
        Assert.All(tags.GroupBy(t => t.Tag), g => Assert.True(g.Count() >= 2, $"tag {g.Key} is used once only"));
    }

    [Fact]
    public void Generate_Xlsx_HasNoRandomIdsOrClockDates()
    {
        Assert.Equal(0, _case.Generate().ExitCode);
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(_case.PeriodFolder, "segments.xlsx"));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 1, 9, 0, 0), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => Regex.IsMatch(e.FullName, "[0-9a-f]{32}"));
        foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            string rels = reader.ReadToEnd();
            Assert.DoesNotMatch("Id=\"R(?!0{8})[0-9a-f]{16}\"", rels);
        }
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        zip.Dispose();

        // The renamed relationships and core-properties part still resolve for the Open XML SDK.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(_case.PeriodFolder, "segments.xlsx"), false);
        Assert.True(document.WorkbookPart!.WorksheetParts.Count() >= 5);
        Assert.Equal("BankChurn", document.PackageProperties.Creator);
        Assert.Equal(new DateTime(2026, 11, 1, 6, 0, 0), document.PackageProperties.Created!.Value.ToUniversalTime());
    }
}
