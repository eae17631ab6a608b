using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>
/// kill -9 of a real <c>bankchurn generate</c> process (not a simulated exception) while it writes into a folder that
/// already holds a previous set: after every kill the period folder holds one whole set (results.json, the deck, the
/// workbook and scores.csv all from the same run, told apart by each run's pinned generated_at), the kill's leftovers
/// are gone once the next run has started, and a final run leaves nothing but its outputs.
/// </summary>
public sealed class KillDuringRunTests : IDisposable
{
    private static readonly string[] SetFiles = ["report.pdf", "results.json", "scores.csv", "segments.xlsx"];
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(180);

    private readonly OutputCase _case = new();
    private readonly ITestOutputHelper _log;

    public KillDuringRunTests(ITestOutputHelper log) => _log = log;

    public void Dispose() => _case.Dispose();

    /// <summary>Run number <paramref name="run"/>'s pinned timestamp: 10:<paramref name="run"/>:00 Moscow time, 07:<paramref name="run"/>:00 UTC.</summary>
    private static string Stamp(int run) => string.Create(CultureInfo.InvariantCulture, $"2026-11-02T10:{run:00}:00+03:00");

    /// <summary>About 20 whole runs of the command line as separate processes: a minute or two on an idle 2-core machine.</summary>
    [UnixFact]
    [Trait(TestCategories.Key, TestCategories.Slow)]
    public void Generate_KilledAtEveryStepOfTheCommitAndAtStaggeredMomentsOfTheWrite_LeavesAWholeSet()
    {
        int run = 0;
        // The first run is timed from its staging folder appearing to its exit: the write and the commit, whose length
        // (a second or two, far more on a loaded machine) sets the moments the later runs are killed at.
        RunningCli first = Start(run, null);
        WaitFor(first, () => Staging(first).Any() || first.HasExited, "its staging folder");
        var writing = Stopwatch.StartNew();
        Assert.Equal(0, Finish(first));
        TimeSpan write = writing.Elapsed;
        int shown = WholeSet();
        Assert.Equal(run, shown);
        var killed = new List<int>();

        // Paused by the crash hook exactly before each step of the commit, then killed there.
        string[] steps = ["recover", "stage", "write report.pdf", "write segments.xlsx", "carry", "flush", "swap", "flush parent", "retire"];
        foreach (string step in steps)
        {
            using RunningCli process = Start(++run, step);
            WaitFor(process, () => process.StandardErrorLines.Contains($"paused before {step}"), $"it pausing before {step}");
            Kill(process, killed);
            if (step != "recover")
                AssertEarlierLeftoversCleared(killed);
            bool published = step is "flush parent" or "retire";
            if (published) shown = run;
            Assert.True(WholeSet() == shown, $"killed before {step}: expected run {shown}'s set");
            _log.WriteLine($"killed before {step}: run {shown}'s set, leftovers [{string.Join(", ", Leftovers())}]");
        }

        // Killed by the clock, at staggered moments after its staging folder appeared, from the start of the write to
        // past the first run's exit, so that some kills land in the commit and some after it.
        foreach (double share in (double[])[0, 0.02, 0.1, 0.3, 0.6, 0.85, 0.95, 1.0, 1.05, 1.2])
        {
            using RunningCli process = Start(++run, null);
            WaitFor(process, () => Staging(process).Any() || process.HasExited, "its staging folder");
            int delayMs = (int)(write.TotalMilliseconds * share);
            Thread.Sleep(delayMs);
            bool finished = process.HasExited;
            Kill(process, killed);
            AssertEarlierLeftoversCleared(killed);
            int set = WholeSet();
            Assert.True(set == shown || set == run, $"killed {delayMs} ms into the write: run {set}'s set, expected run {shown}'s or run {run}'s");
            shown = set;
            _log.WriteLine($"killed {delayMs} ms into the write ({share:P0} of the first run's){(finished ? ", after it had finished" : "")}: run {set}'s set");
        }

        // The next complete run clears every leftover and lock the kills left behind.
        Assert.Equal(0, Finish(Start(++run, null)));
        Assert.Equal(run, WholeSet());
        Assert.Empty(Leftovers());
        Assert.Equal([OutputCase.Period], Directory.GetFileSystemEntries(_case.Out).Select(Path.GetFileName));
    }

    /// <summary>A running <c>generate</c> process with its stderr collected line by line.</summary>
    private sealed class RunningCli(Process inner) : IDisposable
    {
        public Process Inner { get; } = inner;

        public List<string> StandardErrorLines { get; } = [];

        public int Id => Inner.Id;

        public bool HasExited => Inner.HasExited;

        public void Dispose() => Inner.Dispose();
    }

    private RunningCli Start(int run, string? pauseBefore)
    {
        string cli = typeof(BankChurn.Cli.Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in (string[])[cli, "generate", "--config", _case.ConfigPath, "--data", _case.DataPath, "--out", _case.Out,
                     "--period", OutputCase.Period, "--wait", "--set", "report.generated_at=" + Stamp(run)])
            start.ArgumentList.Add(argument);
        if (pauseBefore is not null)
            start.Environment["BANKCHURN_PAUSE_BEFORE"] = pauseBefore;
        var process = new RunningCli(Process.Start(start)!);
        process.Inner.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (process.StandardErrorLines) process.StandardErrorLines.Add(line.Data);
        };
        process.Inner.OutputDataReceived += (_, _) => { };
        process.Inner.BeginErrorReadLine();
        process.Inner.BeginOutputReadLine();
        return process;
    }

    private static int Finish(RunningCli process)
    {
        using (process)
        {
            Assert.True(process.Inner.WaitForExit(Bound), "generate did not finish in time");
            process.Inner.WaitForExit();
            Assert.True(process.Inner.ExitCode == 0, string.Join('\n', process.StandardErrorLines));
            return process.Inner.ExitCode;
        }
    }

    private static void WaitFor(RunningCli process, Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            bool met;
            lock (process.StandardErrorLines) met = condition();
            if (met) return;
            if (process.HasExited && !condition())
                Assert.Fail($"generate exited ({process.Inner.ExitCode}) before {what}: {string.Join('\n', process.StandardErrorLines)}");
            if (clock.Elapsed > Bound)
                Assert.Fail($"gave up waiting for {what}");
            Thread.Sleep(1);
        }
    }

    private static void Kill(RunningCli process, List<int> killed)
    {
        if (!process.HasExited)
            process.Inner.Kill(); // SIGKILL on Unix: no handler, finally block or flush runs.
        process.Inner.WaitForExit();
        killed.Add(process.Id);
    }

    private IEnumerable<string> Staging(RunningCli process) =>
        !Directory.Exists(_case.Out) ? [] : Directory.EnumerateDirectories(_case.Out, string.Create(CultureInfo.InvariantCulture, $".{OutputCase.Period}.{process.Id}.staging"));

    /// <summary>A run that got past its first commit step has removed what every earlier killed run left (their names carry the pid).</summary>
    private void AssertEarlierLeftoversCleared(List<int> killed)
    {
        string[] left = Leftovers();
        foreach (int pid in killed.Take(killed.Count - 1))
            Assert.DoesNotContain(left, name => name.Contains(string.Create(CultureInfo.InvariantCulture, $".{pid}."), StringComparison.Ordinal));
    }

    /// <summary>Staging and retired folders, partial files and locks in the output folder: what an interrupted run leaves.</summary>
    private string[] Leftovers() =>
        [.. Directory.GetFileSystemEntries(_case.Out).Select(p => Path.GetFileName(p)).Where(n => n != OutputCase.Period),
            .. Directory.Exists(_case.PeriodFolder) ? Directory.GetFileSystemEntries(_case.PeriodFolder).Select(p => Path.GetFileName(p)).Where(n => !SetFiles.Contains(n)) : []];

    /// <summary>
    /// The run whose outputs the period folder holds, after checking they all come from that run: results.json's
    /// generated_at, the deck's creation date and the workbook's core properties name the same moment.
    /// </summary>
    private int WholeSet()
    {
        string folder = _case.PeriodFolder;
        Assert.True(Directory.Exists(folder), "the period folder is gone");
        Assert.Equal(SetFiles, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "results.json")));
        var stamp = DateTimeOffset.Parse(json.RootElement.GetProperty("generated_at").GetString()!, CultureInfo.InvariantCulture);
        DateTime utc = stamp.UtcDateTime;
        string pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder, "report.pdf")));
        Assert.Contains(utc.ToString("'/CreationDate(D:'yyyyMMddHHmmss", CultureInfo.InvariantCulture), pdf, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", pdf.TrimEnd(), StringComparison.Ordinal);
        using (ZipArchive zip = ZipFile.OpenRead(Path.Combine(folder, "segments.xlsx")))
        {
            ZipArchiveEntry core = zip.Entries.Single(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
            using var reader = new StreamReader(core.Open());
            Assert.Contains(utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), reader.ReadToEnd(), StringComparison.Ordinal);
        }
        Assert.True(new FileInfo(Path.Combine(folder, "scores.csv")).Length > 0, "scores.csv is empty");
        return stamp.Minute;
    }
}
