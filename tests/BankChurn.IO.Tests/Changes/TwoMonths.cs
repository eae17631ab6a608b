using System.Text.Json;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Changes;

/// <summary>
/// Two consecutive synthetic months (synth --months 2), each run through generate with the repository's config into one
/// temporary output folder, once for all the month-over-month tests.
/// </summary>
public sealed class TwoMonths : IDisposable
{
    public const string First = "2026-09";
    public const string Second = "2026-10";

    public TwoMonths()
    {
        Folder = Directory.CreateTempSubdirectory("bankchurn-mom-").FullName;
        CliRun synth = CliRun.Of("synth", "--rows", "6000", "--seed", "11", "--months", "2", "--out", Path.Combine(Folder, "data"));
        Assert.True(synth.ExitCode == 0, synth.ToString());
        FirstRun = Generate("clients_month01.csv", First);
        SecondRun = Generate("clients_month02.csv", Second);
    }

    public string Folder { get; }

    public string Out => Path.Combine(Folder, "out");

    internal CliRun FirstRun { get; }

    internal CliRun SecondRun { get; }

    internal CliRun Generate(string dataFile, string period, params string[] extra) =>
        CliRun.Of(["generate", "--config", RepoPaths.Config, "--data", Path.Combine(Folder, "data", dataFile), "--out", Out,
            "--period", period, "--set", "report.generated_at=2026-11-01T09:00:00+03:00", .. extra]);

    public string PathOf(string period, string file) => Path.Combine(Out, period, file);

    public JsonElement Results(string period) => JsonDocument.Parse(File.ReadAllText(PathOf(period, "results.json"))).RootElement;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
