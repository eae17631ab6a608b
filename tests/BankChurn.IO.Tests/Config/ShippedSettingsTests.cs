using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Config;

/// <summary>
/// The one test that reads the shipped report.config.yaml and templates/ (every other test uses the pinned copies in
/// tests/settings): <c>validate</c> accepts them in both languages, so the settings a user starts from are valid.
/// </summary>
public sealed class ShippedSettingsTests
{
    [Fact]
    public void Validate_ShippedConfigAndTemplates_InEveryLanguage_Pass()
    {
        foreach (string language in new[] { "ru", "en" })
        {
            CliRun run = CliRun.Of("validate", "--config", RepoPaths.ShippedConfig,
                "--set", $"report.templates={RepoPaths.ShippedTemplates}", "--set", $"report.language={language}");
            Assert.True(run.ExitCode == 0, $"report.language={language}: {run}");
        }
    }
}
