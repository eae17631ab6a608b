using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;

namespace BankChurn.IO.Tests.Config;

/// <summary>Shared inputs of the config tests: a fixed clock, a fixed config location and the repository root.</summary>
internal static class ConfigTestFiles
{
    /// <summary>The time of the run in tests: 15 March 2026, Moscow time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 30, 0, TimeSpan.FromHours(3));

    /// <summary>An absolute config path, so relative paths inside resolve the same on every machine.</summary>
    public static readonly string FileName = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "bankchurn-config", "report.config.yaml"));

    public static string Folder => Path.GetDirectoryName(FileName)!;

    public static ReportSettings Parse(string yaml, params string[] overrides) => ConfigFile.Parse(yaml, FileName, overrides, Now);

    /// <summary>Parses and expects a user mistake of the config (exit code 2).</summary>
    public static InputException Fails(string yaml, params string[] overrides)
    {
        InputException problem = Assert.Throws<InputException>(() => Parse(yaml, overrides));
        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.Equal(ExitCode.UsageError, problem.ExitCode);
        return problem;
    }

    /// <summary>The folder holding BankChurn.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot() => RepoPaths.Root;
}
