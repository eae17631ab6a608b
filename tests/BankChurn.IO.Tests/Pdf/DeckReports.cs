using BankChurn.IO.Narrative;
using System.Collections.Concurrent;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.IO.Pdf;
using PdfSharp.Drawing;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>
/// Whole decks composed the way <c>generate</c> composes them (repository config, pinned period and timestamp), from the
/// default data (the synthetic generator's table) or the real table; each built once per test run.
/// </summary>
internal static class DeckReports
{
    /// <summary>The decks the PDF tests check: synthetic and real data, each in Russian and English.</summary>
    public static TheoryData<string, string> EveryDeck() => new()
    {
        { "synthetic", "ru" },
        { "synthetic", "en" },
        { "real", "ru" },
        { "real", "en" },
    };

    public const string Period = "2026-11";
    private static readonly ConcurrentDictionary<(string, string), Lazy<Report?>> Built = new();
    private static readonly Lazy<string> SyntheticCsv = new(WriteSynthetic);

    /// <summary>The deck for "synthetic" or "real" data in "ru" or "en"; null when the real table is absent.</summary>
    public static Report? For(string data, string language) =>
        Built.GetOrAdd((data, language), key => new Lazy<Report?>(() => Compose(key.Item1, key.Item2))).Value;

    /// <summary>The deck for "synthetic" or "real" data; the test is skipped when the real table is absent.</summary>
    public static Report Require(string data, string language)
    {
        Report? report = For(data, language);
        Requires.RealTable(report is not null);
        return report!;
    }

    /// <summary>A layout context measuring with the real fonts, as the PDF writer does.</summary>
    public static LayoutContext Context(ReportMeta meta)
    {
        PdfSharpSetup.Prepare(meta);
        SlideTheme theme = SlideTheme.From(meta);
        // Never disposed: the measure context holds no file or page, only font metrics, and lives as long as the test.
        XGraphics measuring = XGraphics.CreateMeasureContext(new XSize(SlideTheme.PageWidthPt, SlideTheme.PageHeightPt), XGraphicsUnit.Point, XPageDirection.Downwards);
        return new LayoutContext(theme, CellText.For(meta.Language), new XTextMeasurer(measuring, new XFonts(theme.FontFamily)));
    }

    private static Report? Compose(string data, string language)
    {
        string? csv = data == "real" ? RepoPaths.RealTable() : SyntheticCsv.Value;
        if (csv is null)
            return null;
        ReportSettings settings = ConfigFile.Read(
            RepoPaths.Config,
            [$"input.path={csv}", $"report.period={Period}", $"report.language={language}", "report.generated_at=2026-12-01T09:00:00+03:00"],
            new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(3)));
        ChurnFindings findings = ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings, null, BankChurn.ML.MlLearners.Default);
        var run = new RunInfo(Path.GetFileName(csv), "0", Period, settings.Report.GeneratedAt, "test", "", language);
        return ReportComposer.Compose(findings, settings, run, SlideTemplates.Load(settings.Report.TemplatesFolder, language));
    }

    private static string WriteSynthetic()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bankchurn-deck-synth-{Environment.ProcessId}.csv");
        using FileStream stream = File.Create(path);
        new ClientsCsvWriter().Write(SyntheticClients.Generate(new SynthOptions(4000, 7)), stream);
        return path;
    }
}
