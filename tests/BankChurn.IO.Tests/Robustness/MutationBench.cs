using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>
/// A scratch folder for one family of mutation cases: the valid synthetic table and config they start from, an output
/// folder seeded before every case with a previous run's files, and the check every case must pass (a complete valid
/// report, or a clear user error with exit 1 or 2 that left the previous output untouched).
/// </summary>
internal sealed class MutationBench : IDisposable
{
    public const string Period = "2026-10";
    private const string SeedStamp = "2026-11-01T09:00:00+03:00";
    private const string CaseStamp = "2026-11-02T10:30:00+03:00";

    private readonly Dictionary<string, byte[]> _previous;

    public MutationBench(string name)
    {
        Folder = Directory.CreateTempSubdirectory($"bankchurn-{name}-").FullName;
        DataPath = Path.Combine(Folder, "clients.csv");
        ConfigPath = Path.Combine(Folder, "report.config.yaml");
        File.WriteAllBytes(DataPath, Baseline.Data);
        File.WriteAllText(ConfigPath, Baseline.Config);
        _previous = Baseline.Outputs;
    }

    /// <summary>The valid synthetic table every data case starts from.</summary>
    public static byte[] ValidData => Baseline.Data;

    /// <summary>The results.json of the baseline run, a valid previous period for month over month.</summary>
    public static byte[] ValidResultsJson => Baseline.Outputs["results.json"];

    /// <summary>The valid config every config and rule case starts from.</summary>
    public static string ValidConfig => Baseline.Config;

    public string Folder { get; }

    public string DataPath { get; }

    public string ConfigPath { get; }

    private string Out => Path.Combine(Folder, "out");

    private string PeriodFolder => Path.Combine(Out, Period);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Runs <c>generate</c> on the given data bytes and config text, exactly as the command line does, and returns what is wrong with the outcome (null when it is acceptable).</summary>
    public (string? Failure, int ExitCode) Run(byte[] data, string config, params string[] extra)
    {
        File.WriteAllBytes(DataPath, data);
        File.WriteAllText(ConfigPath, config);
        SeedPreviousOutput();
        CliRun run = CliRun.Of(["generate", "--config", ConfigPath, "--data", DataPath, "--out", Out, "--period", Period,
            "--set", "report.generated_at=" + CaseStamp, .. extra]);
        return (Judge(run), run.ExitCode);
    }

    /// <summary>A further file a case's message may name instead of the data or config file (a previous results.json).</summary>
    public string? AlsoNamed { get; set; }

    /// <summary>As <see cref="Run"/>, and also returns what the run printed (for tests that check the wording).</summary>
    public (CliRun Run, string? Failure) RunCase(byte[] data, string config, params string[] extra)
    {
        File.WriteAllBytes(DataPath, data);
        File.WriteAllText(ConfigPath, config);
        SeedPreviousOutput();
        CliRun run = CliRun.Of(["generate", "--config", ConfigPath, "--data", DataPath, "--out", Out, "--period", Period,
            "--set", "report.generated_at=" + CaseStamp, .. extra]);
        return (run, Judge(run));
    }

    /// <summary>Runs <c>validate</c> on the given inputs, as the command line does, with the settings <see cref="RunCase"/> gives <c>generate</c>.</summary>
    public CliRun Validate(byte[] data, string config, params string[] extra)
    {
        File.WriteAllBytes(DataPath, data);
        File.WriteAllText(ConfigPath, config);
        return CliRun.Of(["validate", "--config", ConfigPath, "--data", DataPath, "--out", Out, "--period", Period,
            "--set", "report.generated_at=" + CaseStamp, .. extra]);
    }

    /// <summary>The period folder of the runs, seeded with the previous outputs before each.</summary>
    public string Outputs => PeriodFolder;

    private void SeedPreviousOutput()
    {
        if (Directory.Exists(Out)) Directory.Delete(Out, recursive: true);
        Directory.CreateDirectory(PeriodFolder);
        foreach ((string file, byte[] bytes) in _previous)
            File.WriteAllBytes(Path.Combine(PeriodFolder, file), bytes);
    }

    private string? Judge(CliRun run)
    {
        if (run.ExitCode == 0)
            return JudgeReport(run);
        if (run.ExitCode is not (1 or 2))
            return $"exit {run.ExitCode} (only 0, 1 and 2 are acceptable)\n{Clip(run.ToString())}";
        string? message = JudgeMessage(run.Errors);
        if (message is not null)
            return message + "\n" + Clip(run.ToString());
        string? untouched = JudgeUntouched();
        return untouched is null ? null : untouched + "\n" + Clip(run.ToString());
    }

    /// <summary>A user error: one paragraph (no blank line) that starts with "error:", names the data or config file (or the key it is about) and carries no stack trace.</summary>
    private string? JudgeMessage(string errors)
    {
        string text = errors.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n');
        if (text.Length == 0) return "a failing run printed no message";
        if (!text.StartsWith("error: ", StringComparison.Ordinal)) return "the message does not start with 'error: '";
        if (text.Contains("   at ", StringComparison.Ordinal)) return "the message contains a stack trace";
        if (text.Contains("\n\n", StringComparison.Ordinal)) return "the message is not one paragraph";
        string first = text.Split('\n')[0];
        if (text.Split('\n').Count(l => l.StartsWith("error: ", StringComparison.Ordinal)) != 1) return "more than one error headline";
        bool namesFile = first.Contains(Path.GetFileName(DataPath), StringComparison.Ordinal)
            || first.Contains(Path.GetFileName(ConfigPath), StringComparison.Ordinal)
            || first.Contains("--set", StringComparison.Ordinal)
            || (AlsoNamed is not null && first.Contains(AlsoNamed, StringComparison.Ordinal));
        return namesFile ? null : "the message names neither the data file nor the config file";
    }

    /// <summary>A failed run must leave exactly the previous files, byte for byte, and nothing half-written.</summary>
    private string? JudgeUntouched()
    {
        string[] now = [.. Directory.GetFileSystemEntries(PeriodFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] before = [.. _previous.Keys.Order(StringComparer.Ordinal)];
        if (!now.SequenceEqual(before, StringComparer.Ordinal))
            return $"a failed run changed the output folder: [{string.Join(", ", now)}] instead of [{string.Join(", ", before)}]";
        foreach ((string file, byte[] bytes) in _previous)
        {
            if (!File.ReadAllBytes(Path.Combine(PeriodFolder, file)).AsSpan().SequenceEqual(bytes))
                return $"a failed run changed {file}";
        }
        return null;
    }

    /// <summary>A successful run: the full set of outputs, all from this run, each a valid file.</summary>
    private string? JudgeReport(CliRun run)
    {
        if (run.Errors.Contains("   at ", StringComparison.Ordinal)) return "exit 0 but a stack trace on stderr\n" + Clip(run.ToString());
        string[] files = [.. Directory.GetFileSystemEntries(PeriodFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] expected = ["report.pdf", "results.json", "segments.xlsx"];
        if (!expected.All(files.Contains) || files.Except(expected).Any(f => f is not ("rejected_rows.csv" or "scores.csv")))
            return $"exit 0 but the output folder holds [{string.Join(", ", files)}]\n" + Clip(run.ToString());
        foreach (string file in expected)
        {
            if (File.ReadAllBytes(Path.Combine(PeriodFolder, file)).AsSpan().SequenceEqual(_previous[file]))
                return $"exit 0 but {file} is still the previous run's";
        }
        return JudgeJson(File.ReadAllBytes(Path.Combine(PeriodFolder, "results.json")))
            ?? JudgePdf(File.ReadAllBytes(Path.Combine(PeriodFolder, "report.pdf")))
            ?? JudgeXlsx(Path.Combine(PeriodFolder, "segments.xlsx"));
    }

    public static string? JudgeJson(byte[] json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.GetProperty("generated_at").GetString() != CaseStamp && document.RootElement.GetProperty("generated_at").GetString() != SeedStamp)
                return "results.json: generated_at is not the pinned timestamp";
            return FindNonFinite(document.RootElement, "$");
        }
        catch (JsonException e)
        {
            return "results.json does not parse: " + e.Message;
        }
    }

    /// <summary>NaN and infinities are not JSON; a writer that allows them emits them as the strings "NaN", "Infinity" or "-Infinity", and an overflowing literal such as 1e400 parses as infinity.</summary>
    private static string? FindNonFinite(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    // A rejected row quotes the user's cell as typed ("Infinity" is a bad cell, not a figure).
                    if (property.Name == "value" && path.Contains(".rejected[", StringComparison.Ordinal)) continue;
                    if (FindNonFinite(property.Value, path + "." + property.Name) is { } found) return found;
                }
                return null;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (FindNonFinite(item, $"{path}[{i++}]") is { } found) return found;
                }
                return null;
            case JsonValueKind.Number:
                double value = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return double.IsFinite(value) ? null : $"results.json: {path} is {element.GetRawText()}";
            case JsonValueKind.String:
                string? text = element.GetString();
                return text is "NaN" or "Infinity" or "-Infinity" or "∞" ? $"results.json: {path} is \"{text}\"" : null;
            default:
                return null;
        }
    }

    public static string? JudgePdf(byte[] pdf)
    {
        if (pdf.Length < 16 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)) return "report.pdf does not start with %PDF-";
        string tail = Encoding.ASCII.GetString(pdf, pdf.Length - Math.Min(32, pdf.Length), Math.Min(32, pdf.Length)).TrimEnd();
        return tail.EndsWith("%%EOF", StringComparison.Ordinal) ? null : "report.pdf does not end with %%EOF";
    }

    public static string? JudgeXlsx(string path)
    {
        try
        {
            using ZipArchive zip = ZipFile.OpenRead(path);
            ZipArchiveEntry? workbook = zip.GetEntry("xl/workbook.xml");
            if (workbook is null) return "segments.xlsx has no xl/workbook.xml";
            using var reader = new StreamReader(workbook.Open());
            return reader.ReadToEnd().Contains("sheet ", StringComparison.Ordinal) ? null : "segments.xlsx: the workbook part lists no sheet";
        }
        catch (InvalidDataException e)
        {
            return "segments.xlsx is not a zip: " + e.Message;
        }
    }

    private static string Clip(string text) => text.Length <= 1500 ? text : text[..1500] + " …";

    /// <summary>The valid inputs every case starts from, made once per test run: 300 synthetic clients and the repository's config.</summary>
    private static class Baseline
    {
        public static readonly byte[] Data;
        public static readonly string Config;
        public static readonly Dictionary<string, byte[]> Outputs;

        static Baseline()
        {
            string folder = Directory.CreateTempSubdirectory("bankchurn-baseline-").FullName;
            try
            {
                string data = Path.Combine(folder, "clients.csv");
                CliRun synth = CliRun.Of("synth", "--rows", "300", "--seed", "20240501", "--out", data);
                if (synth.ExitCode != 0) throw new InvalidOperationException(synth.ToString());
                Data = File.ReadAllBytes(data);
                // Discovery needs segments of at least min_size clients; 60 of 300 keeps the search (and its code paths) busy.
                Config = RepoPaths.ConfigForCopy().Replace("min_size: 500", "min_size: 60", StringComparison.Ordinal);
                string config = Path.Combine(folder, "report.config.yaml");
                File.WriteAllText(config, Config);
                string outFolder = Path.Combine(folder, "out");
                CliRun run = CliRun.Of("generate", "--config", config, "--data", data, "--out", outFolder, "--period", Period, "--set", "report.generated_at=" + SeedStamp);
                if (run.ExitCode != 0) throw new InvalidOperationException("The unmutated baseline does not run: " + run);
                Outputs = Directory.GetFiles(Path.Combine(outFolder, Period)).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
