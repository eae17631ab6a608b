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
using BankChurn.IO.Postgres;
using BankChurn.ML;

namespace BankChurn.Cli;

/// <summary>The composition root: the one place that knows every stage, in order, and maps failures to exit codes.</summary>
public static class ReportRun
{
    public const string RejectedRowsFile = "rejected_rows.csv";

    /// <summary>Every file a run may put in the period folder: replaced or removed by the next run, never carried over.</summary>
    private static readonly string[] OwnedFiles = [ResultsJson.FileName, new PdfReportWriter().FileName, new XlsxReportWriter().FileName, RejectedRowsFile, ScoresCsv.FileName];

    public static string ProgramVersion { get; } =
        typeof(ReportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Reads settings and data, analyses, composes the report and writes every output atomically.</summary>
    public static int Generate(GenerateRequest request, TextWriter output, TextWriter errors) =>
        Generate(request, output, errors, new TableCache());

    /// <summary><see cref="Generate(GenerateRequest, TextWriter, TextWriter)"/> reusing the table in <paramref name="cache"/> when the data did not change.</summary>
    internal static int Generate(GenerateRequest request, TextWriter output, TextWriter errors, TableCache cache) =>
        Guard(errors, () => RunSteps.Run(errors, steps =>
        {
            ReportSettings settings = steps.Step("config", () => ConfigFile.Read(request.ConfigPath, request.AllOverrides(), request.Clock.GetLocalNow()));
            // One run at a time per output folder, held from before the data is read until the outputs are published.
            using OutputLock hold = steps.Step("lock", () => OutputLock.Acquire(settings.Output.Folder, request.Wait));
            Built built = Build(request, steps, cache, settings);
            (LoadedClients loaded, ChurnFindings findings) = (built.Loaded, built.Findings);
            string folder = Path.Combine(settings.Output.Folder, settings.Report.Period);
            var files = new List<OutputFile>
            {
                new(ResultsJson.FileName, stream => ResultsJson.Write(findings, built.Run, stream)),
            };
            if (findings.Plan is not null && findings.Segments.Clients is not null)
                files.Add(new OutputFile(ScoresCsv.FileName, stream => ScoresCsv.Write(findings, settings.Segments.ClientListColumns, settings.Report.Language, stream)));
            foreach (IReportWriter writer in Writers())
                files.Add(new OutputFile(writer.FileName, stream => writer.Write(built.Report, stream)));
            if (!loaded.Rejected.IsEmpty)
                files.Add(new OutputFile(RejectedRowsFile, stream => RejectedRowsCsv.Write(loaded.Rejected, stream)));
            IReadOnlyList<string> written = steps.Step("write", () => OutputFolder.Publish(folder, files, OwnedFiles, CrashPoint.FromEnvironment()));
            output.WriteLine(RunSummary.Text(built.Templates, RunSummary.Values(request, built.Now, settings, findings, written, steps)));
            return ExitCode.Success;
        }));

    /// <summary>Checks config, font, rules, templates and data without writing anything: every slide's template is rendered against the data's figures.</summary>
    public static int Validate(GenerateRequest request, TextWriter output, TextWriter errors) =>
        Guard(errors, () =>
        {
            Built built = Build(request, RunSteps.Silent(), new TableCache());
            output.WriteLine(built.Templates.ConsoleText(SlideTemplates.ValidateSummaryName, RunSummary.ValidateValues(request, built.Settings, built.Loaded, built.Findings)));
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

    /// <summary>Everything a run has made before writing: the settings, the table, the findings, the composed report and the words.</summary>
    private sealed record Built(ReportSettings Settings, LoadedClients Loaded, ChurnFindings Findings, Report Report, RunInfo Run, SlideTemplates Templates, DateTimeOffset Now);

    private static Built Build(GenerateRequest request, RunSteps steps, TableCache cache, ReportSettings? read = null)
    {
        IReadOnlyList<string> overrides = request.AllOverrides();
        DateTimeOffset now = request.Clock.GetLocalNow();
        ReportSettings settings = read ?? steps.Step("config", () => ConfigFile.Read(request.ConfigPath, overrides, now));
        // The font is checked before the data is read: a deck that cannot be drawn should not cost a load and an analysis
        // first, and validate must refuse what generate would.
        steps.Step("fonts", () =>
        {
            ReportFont.Require(settings);
            return true;
        });
        if (request.DataPath is not null && settings.Input.Kind == InputKind.Postgres)
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation("--data"), "it names a CSV file, but input.kind is postgres.",
                "Leave out --data to read input.table or input.query, or add --set input.kind=csv to read the file.");
        }
        // Templates compile (Handlebars builds expression trees: a noticeable share of a 10,000-row run) while the data
        // loads and the analysis runs. A template mistake is still the one reported when the data is broken too, as if the
        // templates had been checked first; composing the report then renders every slide's template, which is how
        // validate finds unknown variables.
        Task<SlideTemplates> compiling = Task.Run(() => SlideTemplates.Load(settings.Report.TemplatesFolder, settings.Report.Language));
        LoadedClients loaded;
        ChurnFindings findings;
        try
        {
            loaded = steps.Step("load", () => cache.Load(settings.Input, settings));
            // Last period's results.json, when there is one, feeds month over month; none is not an error.
            findings = steps.Step("analyse", () => ReleasingWorkingMemory(ChurnAnalysis.Run(loaded, settings, PreviousResultsJson.Find(settings), MlLearners.Default)));
        }
        catch (InputException) when (TemplateProblem(compiling) is { } templateProblem)
        {
            throw templateProblem;
        }
        SlideTemplates templates = steps.Step("templates", () => compiling.GetAwaiter().GetResult());
        RunInfo run = Source(settings.Input) with
        {
            Period = settings.Report.Period,
            GeneratedAt = settings.Report.GeneratedAt,
            ProgramVersion = ProgramVersion,
            ConfigText = ConfigAsRun(settings.ConfigFile, overrides),
            Language = settings.Report.Language,
        };
        Report report = steps.Step("compose", () => ReportComposer.Compose(findings, settings, run, templates));
        return new Built(settings, loaded, findings, report, run, templates, now);
    }

    /// <summary>The run facts that name the data: the file and its hash, or the database table or query (never the connection string).</summary>
    private static RunInfo Source(InputSettings input)
    {
        if (input.Database is not { } database)
            return new RunInfo(Path.GetFileName(input.Path), FileHash.Sha256(input.Path), "", default, "", "");
        return new RunInfo(database.Describe(), ClientsPostgres.SourceSha256(database), "", default, "", "")
        {
            SourceKind = "postgres",
            SourceTable = database.Query is null ? string.Join('.', database.Table) : null,
            SourceQuery = database.Query,
        };
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
