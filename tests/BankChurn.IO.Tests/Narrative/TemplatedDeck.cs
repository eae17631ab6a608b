using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.IO.Narrative;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>The report composed with the repository's templates, from the synthetic data/clients.csv or from the real table.</summary>
internal static class TemplatedDeck
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(3));

    public static ReportSettings Settings(string language) =>
        ConfigFile.Read(RepoPaths.Config, [$"report.language={language}", "report.period=2026-11"], Now);

    public static (ChurnFindings Findings, Report Report) Compose(string language, ClientTable? table = null)
    {
        ReportSettings settings = Settings(language);
        LoadedClients loaded = table is null
            ? ClientsCsv.Read(settings.Input)
            : new LoadedClients(table, table.RowCount, [], new DetectedFormat("utf-8", ',', '.'));
        ChurnFindings findings = ChurnAnalysis.Run(loaded, settings, null, BankChurn.ML.MlLearners.Default);
        var run = new RunInfo("clients.csv", "0123456789abcdef", settings.Report.Period, Now, "1.0.0", "", language);
        return (findings, ReportComposer.Compose(findings, settings, run, SlideTemplates.Load(settings.Report.TemplatesFolder, language)));
    }
}
