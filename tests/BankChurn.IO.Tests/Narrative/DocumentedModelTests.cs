using System.Globalization;
using System.Text.RegularExpressions;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.IO.Json;
using BankChurn.IO.Tests.EndToEnd;
using BankChurn.IO.Narrative;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>templates/README.md documents the view model: every variable a template receives is listed under its template (or the shared ones).</summary>
public class DocumentedModelTests
{
    private const string Shared = "every template";

    private const string Segment = "segment object";

    /// <summary>Variables documented as segment objects, per template: their fields are listed once, in the "Segment object" section.</summary>
    private static readonly Dictionary<string, HashSet<string>> SegmentVariables = [];

    [Fact]
    public void Readme_ListsEveryVariableOfEveryTemplate()
    {
        var settings = TemplatedDeck.Settings("ru");
        var recorder = new Recorder(SlideTemplates.Load(settings.Report.TemplatesFolder, "ru"));
        ChurnFindings findings = ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings);
        ReportComposer.Compose(findings, settings, new RunInfo("clients.csv", "00", "2026-11", DateTimeOffset.UnixEpoch, "1", ""), recorder);
        Dictionary<string, HashSet<string>> documented = Documented(File.ReadAllText(Path.Combine(RepoPaths.ShippedTemplates, "README.md")));

        var missing = new List<string>();
        foreach ((string kind, ViewModel model) in recorder.Models.DistinctBy(m => m.Kind))
            foreach ((string path, object? example) in Flatten(model.Values, ""))
                if (!documented.GetValueOrDefault(kind, []).Contains(path) && !documented[Shared].Contains(path) && !IsSegmentField(kind, path, documented))
                    missing.Add($"{kind}: | `{path}` | {TypeOf(example)} | {Example(example)} |");

        Assert.True(missing.Count == 0, "Undocumented variables:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Readme_ListsEveryVariableOfTheMonthOverMonthTemplate()
    {
        // The slide exists only with last month's results: generate one synthetic month, then compose the next against it.
        string folder = Directory.CreateTempSubdirectory("bankchurn-mom-doc-").FullName;
        try
        {
            CliRun synth = CliRun.Of("synth", "--rows", "3000", "--seed", "11", "--months", "2", "--out", Path.Combine(folder, "data"));
            Assert.True(synth.ExitCode == 0, synth.ToString());
            CliRun first = CliRun.Of("generate", "--config", RepoPaths.Config, "--data", Path.Combine(folder, "data", "clients_month01.csv"),
                "--out", Path.Combine(folder, "out"), "--period", "2026-09");
            Assert.True(first.ExitCode == 0, first.ToString());
            ReportSettings settings = ConfigFile.Read(RepoPaths.Config,
                [$"input.path={Path.Combine(folder, "data", "clients_month02.csv")}", $"output.folder={Path.Combine(folder, "out")}", "report.period=2026-10"],
                DateTimeOffset.UnixEpoch);
            var recorder = new Recorder(SlideTemplates.Load(settings.Report.TemplatesFolder, "ru"));
            ChurnFindings findings = ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings, PreviousResultsJson.Find(settings));
            ReportComposer.Compose(findings, settings, new RunInfo("clients_month02.csv", "00", "2026-10", DateTimeOffset.UnixEpoch, "1", ""), recorder);
            Dictionary<string, HashSet<string>> documented = Documented(File.ReadAllText(Path.Combine(RepoPaths.ShippedTemplates, "README.md")));

            (string kind, ViewModel model) = Assert.Single(recorder.Models, m => m.Kind == SlideKinds.MonthOverMonth);
            string[] missing = [.. Flatten(model.Values, "")
                .Where(v => !documented.GetValueOrDefault(kind, []).Contains(v.Path) && !documented[Shared].Contains(v.Path))
                .Select(v => $"| `{v.Path}` | {TypeOf(v.Example)} | {Example(v.Example)} |")];
            Assert.True(missing.Length == 0, "Undocumented variables:\n" + string.Join("\n", missing));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsSegmentField(string kind, string path, Dictionary<string, HashSet<string>> documented)
    {
        Match parts = Regex.Match(path, @"^(?<object>[a-z_]+)(\[\])?\.(?<field>.+)$");
        return parts.Success
            && SegmentVariables.GetValueOrDefault(kind, []).Contains(parts.Groups["object"].Value)
            && documented.GetValueOrDefault(Segment, []).Contains(parts.Groups["field"].Value);
    }

    /// <summary>Backticked names in the first column of each "## kind.hbs" section's table.</summary>
    private static Dictionary<string, HashSet<string>> Documented(string readme)
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        string kind = "";
        foreach (string line in readme.Split('\n'))
        {
            Match heading = Regex.Match(line, @"^## (?:`?(?<kind>[a-z_]+)\.hbs`?.*|(?<shared>Shared by every template)|(?<segment>Segment object))$");
            if (heading.Success)
            {
                kind = heading.Groups["kind"].Success ? heading.Groups["kind"].Value : heading.Groups["segment"].Success ? Segment : Shared;
                sections[kind] = current = [];
            }
            else if (current is not null && Regex.Match(line, @"^\| `(?<name>[^`]+)` \| (?<type>[^|]*)\|") is { Success: true } row)
            {
                current.Add(row.Groups["name"].Value);
                if (row.Groups["type"].Value.Contains(Segment, StringComparison.Ordinal))
                {
                    if (!SegmentVariables.TryGetValue(kind, out HashSet<string>? names))
                        SegmentVariables[kind] = names = [];
                    names.Add(row.Groups["name"].Value);
                }
            }
        }

        sections.TryAdd(Shared, []);
        return sections;
    }

    private static IEnumerable<(string Path, object? Example)> Flatten(IReadOnlyDictionary<string, object?> values, string prefix)
    {
        foreach ((string key, object? value) in values)
        {
            string path = prefix + key;
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> child:
                    foreach (var inner in Flatten(child, path + "."))
                        yield return inner;
                    break;
                case IReadOnlyDictionary<string, object?>[] list:
                    foreach (var inner in list.SelectMany(item => Flatten(item, path + "[].")).DistinctBy(i => i.Path))
                        yield return inner;
                    break;
                default:
                    yield return (path, value);
                    break;
            }
        }
    }

    private static string TypeOf(object? value) => value switch
    {
        long => "integer",
        double => "number",
        bool => "flag",
        string[] => "list of text",
        _ => "text",
    };

    private static string Example(object? value) => value switch
    {
        null => "(null)",
        string[] words => string.Join(", ", words),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!.Replace('\u00A0', ' '),
    };

    private sealed class Recorder(ISlideNarrator inner) : ISlideNarrator
    {
        public List<(string Kind, ViewModel Model)> Models { get; } = [];

        public SlideText Narrate(string kind, ViewModel model)
        {
            Models.Add((kind, model));
            return inner.Narrate(kind, model);
        }
    }
}
