using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Csv;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// A temporary folder with a copy of the repository's config whose input section is given extra keys (input.kind,
/// table, ...), and in-process runs of the command line against it; deleted on dispose.
/// </summary>
internal sealed class PostgresRun : IDisposable
{
    public const string Period = "2026-10";

    public PostgresRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bankchurn-pgrun-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>A table name no other test uses.</summary>
    public static string UniqueTable(string stem) => stem + "_" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A synthetic month from the product's own generator, as the CSV `synth` writes it.</summary>
    public string SynthCsv(int rows, int seed)
    {
        string path = Path.Combine(Folder, $"synth_{rows}_{seed}.csv");
        using FileStream file = File.Create(path);
        new ClientsCsvWriter().Write(SyntheticClients.Generate(new SynthOptions(rows, seed)), file);
        return path;
    }

    /// <summary>A YAML scalar in single quotes, where only a quote needs escaping (doubled): any text survives as written.</summary>
    public static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Writes the config with <paramref name="inputLines"/> (e.g. "kind: postgres") set in its input section, each
    /// replacing the line of the same key where the repository's config has one; returns its path.
    /// </summary>
    public string Config(string name, params string[] inputLines)
    {
        string text = RepoPaths.ConfigForCopy().ReplaceLineEndings("\n");
        const string Section = "\ninput:\n";
        int start = text.IndexOf(Section, StringComparison.Ordinal);
        if (start < 0)
            throw new InvalidOperationException("report.config.yaml no longer has an input: section; update PostgresRun.Config.");
        start += Section.Length;
        int end = Regex.Match(text[start..], @"^\S", RegexOptions.Multiline) is { Success: true } next ? start + next.Index : text.Length;
        string section = text[start..end];
        foreach (string line in inputLines)
        {
            string key = line[..line.IndexOf(':', StringComparison.Ordinal)];
            var existing = new Regex($@"^  {Regex.Escape(key)}:.*$", RegexOptions.Multiline);
            section = existing.IsMatch(section)
                ? existing.Replace(section, "  " + line.Replace("$", "$$", StringComparison.Ordinal), 1)
                : "  " + line + "\n" + section;
        }
        string path = Path.Combine(Folder, name + ".yaml");
        File.WriteAllText(path, text[..start] + section + text[end..]);
        return path;
    }

    /// <summary>A database config reading <paramref name="table"/> (YAML-quoted here) through the test server's variable.</summary>
    public string TableConfig(string name, string table, params string[] more) =>
        Config(name, ["kind: postgres", $"connection_env: {PostgresServer.ConnectionEnv}", $"table: {Yaml(table)}", .. more]);

    public static CliRun Validate(string config, params string[] more) => CliRun.Of(["validate", "--config", config, .. more]);

    /// <summary>Runs generate into its own output folder with a pinned timestamp; returns the run and the folder's results.json path.</summary>
    public (CliRun Run, string Results) Generate(string config, string outputName, params string[] more)
    {
        string output = Path.Combine(Folder, outputName);
        CliRun run = CliRun.Of(["generate", "--config", config, "--out", output, "--period", Period,
            "--set", "report.generated_at=2026-10-31T09:00:00+03:00", .. more]);
        return (run, Path.Combine(output, Period, "results.json"));
    }

    /// <summary>results.json without what names the source (file name, hash, input block): the figures alone.</summary>
    public static JsonNode Figures(string resultsPath)
    {
        JsonNode root = JsonNode.Parse(File.ReadAllText(resultsPath))!;
        JsonObject data = root["data"]!.AsObject();
        data.Remove("source");
        data.Remove("sha256");
        data.Remove("input");
        return root;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed run; the folder is in the temporary directory.
        }
    }
}
