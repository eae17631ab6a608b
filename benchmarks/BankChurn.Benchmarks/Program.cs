using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;

namespace BankChurn.Benchmarks;

/// <summary>
/// Stage benchmarks, run in Release on a file made by <c>bankchurn synth</c> (see benchmarks/run.sh):
/// each stage is run once to warm up and then <c>iterations</c> times; the median wall time and the
/// process's peak working set are printed. Whole-process figures come from run.sh with /usr/bin/time.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: BankChurn.Benchmarks load|analyse|stages|discover|render|workbook <clients.csv> [iterations]");
            Console.Error.WriteLine("       BankChurn.Benchmarks nullcheck <clients.csv> [shuffles]");
            Console.Error.WriteLine("       BankChurn.Benchmarks model <clients.csv> [top] [sample_rows]");
            Console.Error.WriteLine("       BankChurn.Benchmarks power <clients.csv> [runs per level] [permutations]");
            return 2;
        }
        string stage = args[0];
        string file = args[1];
        int iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        if (stage == "stages")
        {
            Stages(file);
            return 0;
        }
        if (stage == "power")
        {
            PowerCheck.Run(file, args.Length > 2 ? iterations : 20, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 99, RepoConfig());
            return 0;
        }
        if (stage == "model")
        {
            ModelCheck.Run(file, args.Length > 2 ? iterations : 2_686, RepoConfig(), args.Length > 3 ? args[3] : null);
            return 0;
        }
        if (stage == "nullcheck")
        {
            NullCheck.Run(file, args.Length > 2 ? iterations : 20, RepoConfig());
            return 0;
        }
        if (stage == "workbook")
        {
            Workbook(file, Math.Max(iterations, 1));
            return 0;
        }
        Func<string> run = stage switch
        {
            "load" => () => Load(file),
            "analyse" => Analyse(file),
            "discover" => Discover(file),
            "render" => Render(file),
            _ => throw new ArgumentException($"unknown stage '{stage}'"),
        };
        Measure(stage, run, iterations);
        return 0;
    }

    /// <summary>
    /// Segment discovery (retention, or acquisition with BENCH_GOAL=acquisition) on a loaded table, loading excluded from the timing: about 60 candidate conditions
    /// (5 quantile bins per continuous column, "between" over single bins), depth 3, beam 20. The result line gives the
    /// candidate count and the split between building candidates, the search alone, and the whole discovery
    /// (search + redundancy + tests + naming + exact figures).
    /// </summary>
    private static Func<string> Discover(string file)
    {
        ClientTable table = ReadTable(file).Table;
        table = table.Filter(RowSet.Where(table.RowCount, row => table.Numeric("products").Values[row] != 0));
        NumericColumn value = table.Numeric("balance");
        var settings = new DiscoverySettings(Bins: 5, MaxBinSpan: 1);
        SegmentGoal goal = Environment.GetEnvironmentVariable("BENCH_GOAL") == "acquisition" ? SegmentGoal.Acquisition : SegmentGoal.Retention;
        if (Environment.GetEnvironmentVariable("BENCH_PER_COLUMN") == "1")
            foreach (string column in new[] { "score", "city", "gender", "age", "equity", "balance", "products", "credit_card", "last_activity", "est_salary" })
            {
                var w = Stopwatch.StartNew();
                int count = CandidateConditions.Build(table, settings with { Columns = [column] }).Length;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {column}: {count} candidates, {w.Elapsed.TotalMilliseconds:F0} ms"));
            }
        return () =>
        {
            var watch = Stopwatch.StartNew();
            ImmutableArray<Condition> candidates = CandidateConditions.Build(table, settings);
            double build = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            ImmutableArray<Conjunction> top = SubgroupSearch.Run(candidates, table.Churned, goal, value, settings, 2000);
            double search = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            ImmutableArray<Segment> found = Discovery.Run(table, value, goal, settings, ActionCatalogue.Empty, candidates);
            double whole = watch.Elapsed.TotalMilliseconds;
            return string.Create(CultureInfo.InvariantCulture,
                $"{table.RowCount} rows, {candidates.Length} candidates; build {build:F0} ms, search {search:F0} ms, discovery {whole:F0} ms; {found.Length} kept, best {found.FirstOrDefault()?.Rule} (WRAcc {found.FirstOrDefault()?.Quality:F4}, best searched {top.FirstOrDefault()?.Quality:F4})");
        };
    }

    /// <summary>
    /// The deck from results in memory to report.pdf: analysis and composing run once, outside the timing; each run
    /// paginates, lays out, draws and saves the PDF to a file in the temp folder (fonts embedded, as in a real run).
    /// </summary>
    private static Func<string> Render(string file)
    {
        ReportSettings settings = ConfigFile.Read(RepoConfig(), [$"input.path={Path.GetFullPath(file)}", "report.generated_at=2026-12-01T09:00:00+03:00"], DateTimeOffset.UnixEpoch);
        ChurnFindings findings = ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings);
        var run = new Core.Report.RunInfo(Path.GetFileName(file), "0", settings.Report.Period, settings.Report.GeneratedAt, "bench", "", settings.Report.Language);
        var compose = Stopwatch.StartNew();
        Core.Report.Report report = Core.Report.ReportComposer.Compose(findings, settings, run, IO.Narrative.SlideTemplates.Load(settings.Report.TemplatesFolder, settings.Report.Language));
        double composeMs = compose.Elapsed.TotalMilliseconds;
        string pdf = Path.Combine(Path.GetTempPath(), "bankchurn-bench-report.pdf");
        return () =>
        {
            using (FileStream stream = File.Create(pdf))
                new IO.Pdf.PdfReportWriter().Write(report, stream);
            return string.Create(CultureInfo.InvariantCulture, $"{report.Slides.Length} slides, {new FileInfo(pdf).Length / 1024} KB (compose once: {composeMs:F0} ms)");
        };
    }

    private static LoadedClients ReadTable(string file) => ClientsCsv.Read(new InputSettings(
        file,
        ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY"),
        null, null, null, InvalidRowPolicy.Fail, 50));

    private static string Load(string file)
    {
        LoadedClients loaded = ClientsCsv.Read(Input(file));
        return string.Create(CultureInfo.InvariantCulture, $"{loaded.Table.RowCount} rows, {loaded.Table.Churned.Count} churned");
    }

    private static InputSettings Input(string file) => new(
        file,
        ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY"),
        null, null, null, InvalidRowPolicy.Fail, 50);

    /// <summary>The whole analysis (every block of the repository config) on a table loaded once, outside the timing.</summary>
    private static Func<string> Analyse(string file)
    {
        ReportSettings settings = ConfigFile.Read(RepoConfig(), [$"input.path={Path.GetFullPath(file)}"], DateTimeOffset.UnixEpoch);
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        return () =>
        {
            ChurnFindings findings = ChurnAnalysis.Run(loaded, settings);
            return string.Create(CultureInfo.InvariantCulture, $"{findings.Overall.Clients} clients, {findings.Hypotheses.Length} hypotheses, top driver {findings.Correlations.Ranking[0].Column}");
        };
    }

    /// <summary>
    /// Times each analysis block once, one after another on the cleaned table (after a warm-up run of the whole analysis),
    /// to see where the time goes.
    /// </summary>
    private static void Stages(string file)
    {
        ReportSettings settings = ConfigFile.Read(RepoConfig(), [$"input.path={Path.GetFullPath(file)}"], DateTimeOffset.UnixEpoch);
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        ChurnAnalysis.Run(loaded, settings);
        ClientTable t = loaded.Table;
        AnalysisSettings a = settings.Analysis;
        ChurnRate overall = ChurnRate.Of("all", t.RowCount, t.Churned.Count);
        using var process = Process.GetCurrentProcess();
        // CPU time beside wall time: on a shared machine the wall time of a block swings with the other load, its CPU time
        // much less; blocks that run in parallel inside show more CPU than wall time.
        void Time(string name, Func<object> action)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            double wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-32} {wall,8:F0} ms  (CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds,6:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,5:F0} MB allocated)"));
        }
        Core.Analysis.Quality.CleanedClients cleaned = null!;
        Time("cleaning", () => cleaned = Core.Analysis.Quality.Cleaning.Apply(t, settings.Cleaning));
        // The blocks share one index, as in ChurnAnalysis.Run: its sorted columns are timed once, before the blocks that read them.
        var index = new ColumnIndex(cleaned.Table);
        t = cleaned.Table;
        Time("index: sort continuous columns", () => a.Continuous.Select(index.Sorted).ToList());
        Time("data quality", () => Core.Analysis.Quality.DataQuality.Assess(loaded, cleaned, index));
        Time("churn by feature", () => a.Categorical.Select(c => Core.Analysis.Overview.ChurnOverview.Of(index, c, overall)).ToList());
        Time("drivers: bins and ranges", () => Core.Analysis.Drivers.ContinuousDrivers.Of(index, a.Continuous, a.QuantileBins, a.ProneAlpha, overall));
        Time("drivers: MW, histogram, KDE", () => a.Continuous.Select(c => Core.Analysis.Drivers.DriverDistributions.Of(index, c, a.HistogramBins, a.KdeBandwidth)).ToList());
        Time("correlations with churn", () => Core.Analysis.Correlations.ChurnCorrelations.WithChurn(index, a.Columns));
        Time("phi_K matrix", () => Core.Analysis.PhiK.PhiKCorrelation.Matrix(index, [.. a.Columns, "churn"], a.PhiKBinning));
        Time("value", () => Core.Analysis.Value.ClientValue.Assess(t, settings.Value));
        Time("hypotheses", () => Core.Analysis.Hypotheses.HypothesisTesting.Run(index, settings.Hypotheses));
        var values = settings.Value.Formula.Evaluate(t);
        Time("segments: defined", () => Core.Segments.Segmentation.Define(t, values, settings.Segments.Defined));
        Time("segments: defined, no subgroups", () => Core.Segments.Segmentation.Define(t, values, settings.Segments.Defined.Select(d => d with { CompareSubgroups = false })));
        var candidates = Core.Segments.CandidateConditions.Build(t, settings.Segments.Discovery);
        Time("segments: candidates", () => Core.Segments.CandidateConditions.Build(t, settings.Segments.Discovery));
        Time("segments: retention", () => Core.Segments.Discovery.Run(t, values, Core.Segments.SegmentGoal.Retention, settings.Segments.Discovery, settings.Segments.Catalogue, candidates));
        Time("segments: acquisition", () => Core.Segments.Discovery.Run(t, values, Core.Segments.SegmentGoal.Acquisition, settings.Segments.Discovery, settings.Segments.Catalogue, candidates));
        // As the analysis runs it: candidates and their cells built once for both goals, searches and defined segments side by side.
        var drivers = Core.Analysis.Drivers.ContinuousDrivers.Of(index, a.Continuous, a.QuantileBins, a.ProneAlpha, overall);
        Time("segments: whole (both goals)", () => Core.Segments.SegmentAnalysis.Run(t, settings, values, drivers));
    }

    /// <summary>
    /// The marketing workbook alone: analysis and composition run once outside the timing, then the report is written
    /// to a temporary .xlsx (results in memory → file). Prints the wall time of each write, the rows of the streamed
    /// client lists, the file size, the bytes allocated by the write and the process's working set before and at peak.
    /// </summary>
    private static void Workbook(string file, int iterations)
    {
        ReportSettings settings = ConfigFile.Read(RepoConfig(), [$"input.path={Path.GetFullPath(file)}"], DateTimeOffset.UnixEpoch);
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        ChurnFindings findings = ChurnAnalysis.Run(loaded, settings);
        var report = Core.Report.ReportComposer.Compose(findings, settings, new Core.Report.RunInfo(Path.GetFileName(file), "-", "2026-11", DateTimeOffset.UnixEpoch, "bench", "bench"), IO.Narrative.SlideTemplates.Load(settings.Report.TemplatesFolder, settings.Report.Language));
        long listRows = report.Sheets.Where(s => s.Stream is not null).Sum(s => s.RowCount);
        string target = Path.Combine(Path.GetTempPath(), $"bankchurn-bench-workbook-{Environment.ProcessId}.xlsx");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        double before = process.WorkingSet64 / 1048576.0;
        try
        {
            for (int i = 0; i < iterations; i++)
            {
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                using (var stream = new FileStream(target, FileMode.Create, FileAccess.ReadWrite))
                    new IO.Excel.XlsxReportWriter().Write(report, stream);
                double ms = watch.Elapsed.TotalMilliseconds;
                double mb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
                process.Refresh();
                // The list rows alone, without XML or compression: how much of the write is producing the rows.
                var produce = Stopwatch.StartNew();
                long produced = 0;
                foreach (var sheet in report.Sheets.Where(s => s.Stream is not null))
                    foreach (var row in sheet.Stream!.Rows())
                        produced += row.Length;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workbook: list rows produced alone in {produce.Elapsed.TotalMilliseconds:F0} ms ({produced} cells)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"workbook: {findings.Overall.Clients} clients, {findings.Segments.Segments.Length} segments, {listRows} list rows, {new FileInfo(target).Length / 1048576.0:F1} MB file; write {ms:F0} ms, {mb:F0} MB allocated; working set before {before:F0} MB, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
            }
        }
        finally
        {
            File.Delete(target);
        }
    }

    internal static string RepoConfig()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "report.config.yaml")))
                return Path.Combine(folder.FullName, "report.config.yaml");
        throw new FileNotFoundException("report.config.yaml not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs the stage once cold (JIT included), then <paramref name="iterations"/> times warm; 0 iterations reports the cold run.</summary>
    private static void Measure(string stage, Func<string> run, int iterations)
    {
        var cold = Stopwatch.StartNew();
        string result = run();
        double coldMs = cold.Elapsed.TotalMilliseconds;
        var times = new List<double>(Math.Max(iterations, 1));
        if (iterations == 0) times.Add(coldMs);
        for (int i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            result = run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage}: {result}; cold {coldMs:F0} ms; warm median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}, n={iterations}); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
