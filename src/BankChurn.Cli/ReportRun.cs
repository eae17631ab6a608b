using System.Globalization;
using System.Reflection;
using System.Runtime;
using BankChurn.Core;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;
using BankChurn.Core.Synthesis;
using BankChurn.IO;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.IO.Excel;
using BankChurn.IO.Json;
using BankChurn.IO.Narrative;
using BankChurn.IO.Output;
using BankChurn.IO.Pdf;
using BankChurn.ML;

namespace BankChurn.Cli;

/// <summary>The composition root: the one place that knows every stage, in order, and maps failures to exit codes.</summary>
public static class ReportRun
{
    public const string RejectedRowsFile = "rejected_rows.csv";

    public static string ProgramVersion { get; } =
        typeof(ReportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Reads settings and data, analyses, composes the report and writes every output atomically.</summary>
    public static int Generate(GenerateRequest request, TextWriter output, TextWriter errors) =>
        Generate(request, output, errors, new TableCache());

    /// <summary><see cref="Generate(GenerateRequest, TextWriter, TextWriter)"/> reusing the table in <paramref name="cache"/> when the data did not change.</summary>
    internal static int Generate(GenerateRequest request, TextWriter output, TextWriter errors, TableCache cache) =>
        Guard(errors, () => RunSteps.Run(errors, steps =>
        {
            (ReportSettings settings, LoadedClients loaded, ChurnFindings findings, Report report, RunInfo run) = Build(request, steps, cache);
            string folder = Path.Combine(settings.Output.Folder, settings.Report.Period);
            var files = new List<OutputFile>
            {
                new(ResultsJson.FileName, stream => ResultsJson.Write(findings, run, stream)),
            };
            if (findings.Plan is not null && findings.Segments.Clients is not null)
                files.Add(new OutputFile(ScoresCsv.FileName, stream => ScoresCsv.Write(findings, settings.Segments.ClientListColumns, settings.Report.Language, stream)));
            foreach (IReportWriter writer in Writers())
                files.Add(new OutputFile(writer.FileName, stream => writer.Write(report, stream)));
            if (!loaded.Rejected.IsEmpty)
                files.Add(new OutputFile(RejectedRowsFile, stream => RejectedRowsCsv.Write(loaded.Rejected, stream)));
            IReadOnlyList<string> written = steps.Step("write", () => OutputFolder.Commit(folder, files, loaded.Rejected.IsEmpty ? [RejectedRowsFile] : []));
            RunSummary.Print(output, findings, written, steps, settings.Segments.ClientListMaxRows);
            return ExitCode.Success;
        }));

    /// <summary>Checks config, rules, templates and data without writing anything: every slide's template is rendered against the data's figures.</summary>
    public static int Validate(GenerateRequest request, TextWriter output, TextWriter errors) =>
        Guard(errors, () =>
        {
            (ReportSettings settings, LoadedClients loaded, ChurnFindings findings, _, _) = Build(request, RunSteps.Silent(), new TableCache());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"OK: {settings.ConfigFile} and {settings.Input.Path} are valid: {loaded.RowsRead} rows read, {findings.Quality.RowsRejected} rejected, {findings.Quality.RowsUsed} used."));
            return ExitCode.Success;
        });

    /// <summary>Writes a synthetic client table (or <paramref name="months"/> monthly snapshots) with the real table's schema.</summary>
    public static int Synth(int rows, int seed, int months, string outPath, TextWriter output, TextWriter errors) =>
        Guard(errors, () =>
        {
            if (rows < 1)
                throw new InputException(ProblemKind.Usage, new SourceLocation("--rows"), $"{rows} is not a number of rows.", "Give a positive number.");
            if (months < 1)
                throw new InputException(ProblemKind.Usage, new SourceLocation("--months"), $"{months} is not a number of months.", "Give a positive number.");
            var files = new List<OutputFile>();
            string folder;
            if (months == 1)
            {
                folder = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
                files.Add(Snapshot(Path.GetFileName(outPath), rows, seed, 0));
            }
            else
            {
                folder = Path.GetFullPath(outPath);
                for (int month = 0; month < months; month++)
                    files.Add(Snapshot(string.Create(CultureInfo.InvariantCulture, $"clients_month{month + 1:00}.csv"), rows, seed, month));
            }
            foreach (string path in OutputFolder.Commit(folder, files))
                output.WriteLine($"Wrote {path}");
            return ExitCode.Success;
        });

    private static OutputFile Snapshot(string fileName, int rows, int seed, int month) =>
        new(fileName, stream => new ClientsCsvWriter().Write(SyntheticClients.Generate(new SynthOptions(rows, seed, month)), stream));

    private static (ReportSettings, LoadedClients, ChurnFindings, Report, RunInfo) Build(GenerateRequest request, RunSteps steps, TableCache cache)
    {
        IReadOnlyList<string> overrides = request.AllOverrides();
        ReportSettings settings = steps.Step("config", () => ConfigFile.Read(request.ConfigPath, overrides, DateTimeOffset.Now));
        // Templates compile (Handlebars builds expression trees: a noticeable share of a 10,000-row run) while the data
        // loads and the analysis runs. A template mistake is still the one reported when the data is broken too, as if the
        // templates had been checked first; composing the report then renders every slide's template, which is how
        // validate finds unknown variables.
        Task<SlideTemplates> compiling = Task.Run(() => SlideTemplates.Load(settings.Report.TemplatesFolder, settings.Report.Language));
        LoadedClients loaded;
        ChurnFindings findings;
        try
        {
            loaded = steps.Step("load", () => cache.Load(settings.Input));
            // Last period's results.json, when there is one, feeds month over month; none is not an error.
            findings = steps.Step("analyse", () => ReleasingWorkingMemory(ChurnAnalysis.Run(loaded, settings, PreviousResultsJson.Find(settings), MlLearners.Default)));
        }
        catch (InputException) when (TemplateProblem(compiling) is { } templateProblem)
        {
            throw templateProblem;
        }
        SlideTemplates templates = steps.Step("templates", () => compiling.GetAwaiter().GetResult());
        var run = new RunInfo(
            Path.GetFileName(settings.Input.Path),
            FileHash.Sha256(settings.Input.Path),
            settings.Report.Period,
            settings.Report.GeneratedAt,
            ProgramVersion,
            ConfigAsRun(settings.ConfigFile, overrides),
            settings.Report.Language);
        Report report = steps.Step("compose", () => ReportComposer.Compose(findings, settings, run, templates));
        return (settings, loaded, findings, report, run);
    }

    /// <summary>
    /// The findings, after a full collection that compacts the large-object heap and gives its free space back to the
    /// system. The analysis leaves its working arrays (sorted columns, candidate conditions, the segment search's cells:
    /// about 50 MB per million rows) dead but not yet collected, and the writers would otherwise grow on top of them; at
    /// 1,000,000 rows this keeps the run's peak near 390 MB instead of about 450 MB, for well under a tenth of a second
    /// (counted in the analysis step). A plain collection does not do it: the freed regions stay committed.
    /// </summary>
    private static ChurnFindings ReleasingWorkingMemory(ChurnFindings findings)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return findings;
    }

    /// <summary>The template mistake that stopped compiling, or null when the templates compiled (or failed with a bug).</summary>
    private static InputException? TemplateProblem(Task<SlideTemplates> compiling)
    {
        try
        {
            compiling.GetAwaiter().GetResult();
            return null;
        }
        catch (InputException problem)
        {
            return problem;
        }
    }

    private static IEnumerable<IReportWriter> Writers() => [new PdfReportWriter(), new XlsxReportWriter()];

    private static string ConfigAsRun(string configFile, IReadOnlyList<string> overrides)
    {
        string text = File.ReadAllText(configFile);
        return overrides.Count == 0 ? text : text + Environment.NewLine + string.Concat(overrides.Select(o => $"# --set {o}{Environment.NewLine}"));
    }

    /// <summary>A user mistake prints its message and exits 1 or 2; anything else is a bug: one line saying so, the stack trace, exit 70.</summary>
    internal static int Guard(TextWriter errors, Func<int> stage)
    {
        try
        {
            return stage();
        }
        catch (InputException problem)
        {
            errors.WriteLine($"error: {problem.Message}");
            return problem.ExitCode;
        }
        catch (Exception bug)
        {
            errors.WriteLine("BankChurn hit a bug (not a problem with your data or config); please report it with the trace below.");
            errors.WriteLine(bug.ToString());
            return ExitCode.Bug;
        }
    }
}
