using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>A temporary folder with the valid synthetic table and config, for tests that run <c>generate</c> a few times and look at the output folder.</summary>
internal sealed class OutputCase : IDisposable
{
    public const string Period = "2026-10";
    public const string Stamp = "2026-11-01T09:00:00+03:00";

    public OutputCase()
    {
        Folder = Directory.CreateTempSubdirectory("bankchurn-output-").FullName;
        DataPath = Path.Combine(Folder, "clients.csv");
        ConfigPath = Path.Combine(Folder, "report.config.yaml");
        File.WriteAllBytes(DataPath, MutationBench.ValidData);
        File.WriteAllText(ConfigPath, MutationBench.ValidConfig);
    }

    public string Folder { get; }

    public string DataPath { get; }

    public string ConfigPath { get; }

    public string Out => Path.Combine(Folder, "out");

    public string PeriodFolder => Path.Combine(Out, Period);

    public CliRun Generate(string? outFolder = null, string stamp = Stamp) =>
        CliRun.Of("generate", "--config", ConfigPath, "--data", DataPath, "--out", outFolder ?? Out, "--period", Period, "--set", "report.generated_at=" + stamp);

    /// <summary>Every file under the period folder, by name, with its bytes.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(PeriodFolder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    public void Dispose()
    {
        foreach (string path in Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories))
        {
            // A test may have left a folder read-only; give it back its permissions so it can be deleted.
            if (Directory.Exists(path) && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Directory.Delete(Folder, recursive: true);
    }
}
