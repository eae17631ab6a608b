using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>The repository's own report.config.yaml, read from disk with <see cref="ConfigFile.Read"/>.</summary>
public sealed class ConfigFileRepositoryTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "bankchurn-config-" + Guid.NewGuid().ToString("N"));

    private static string DefaultConfig => Path.Combine(RepoRoot(), "report.config.yaml");

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public void Read_DefaultConfig_GivesTheDocumentedSettings()
    {
        // The exclusion rule needs the rule parser; ConfigFileRuleTests covers it. Everything else is checked here.
        ReportSettings settings = ConfigFile.Read(DefaultConfig, ["cleaning.exclude=[]"], Now);

        string root = RepoRoot();
        Assert.Equal(DefaultConfig, settings.ConfigFile);
        Assert.Equal(
            // period: null, so the last month closed on 15 March.
            new ReportOptions("2026-02", "ru", "Метанпромбанк", "Конфиденциально. Для внутреннего использования", Now, "#1F4E79", "DejaVu Sans", null)
            {
                TemplatesFolder = Path.Combine(root, "templates"),
            },
            settings.Report with { FontFamilySource = null });
        Assert.Equal(DefaultConfig, settings.Report.FontFamilySource?.File);
        Assert.Equal("report.font_family", settings.Report.FontFamilySource?.Field);
        Assert.Equal("ru-RU", settings.Culture.Name);
        Assert.Equal(Path.Combine(root, "data", "clients.csv"), settings.Input.Path);
        Assert.Null(settings.Input.Encoding);
        Assert.Null(settings.Input.Separator);
        Assert.Null(settings.Input.DecimalMark);
        Assert.Equal(InvalidRowPolicy.Fail, settings.Input.OnInvalidRow);
        Assert.Equal(50, settings.Input.MaxReportedProblems);
        Assert.Equal("USERID", settings.Input.ColumnMap["user_id"]);
        Assert.Equal("EST_SALARY", settings.Input.ColumnMap["est_salary"]);
        Assert.Equal("city", settings.Input.ColumnMap["city"]);
        Assert.Equal(DuplicatePolicy.Keep, settings.Cleaning.DuplicateUserIds);
        Assert.Equal(Path.Combine(root, "output"), settings.Output.Folder);
        Assert.Equal(20240501, settings.Seed);
    }

    [Fact]
    public void Read_DefaultConfig_HasTheZeroProductsExclusion()
    {
        string text = File.ReadAllText(DefaultConfig);
        var locations = new ConfigLocations(DefaultConfig);
        var root = ConfigYaml.LoadRoot(text, DefaultConfig);
        ConfigStructure.Check(root, text, locations);

        ExclusionDto exclusion = Assert.Single(ConfigYaml.ToDto(root).Cleaning!.Exclude!);

        Assert.Equal("products == 0", exclusion.Rule);
        Assert.Equal("Клиент без продуктов: ошибка выгрузки", exclusion.Reason);
        Assert.Equal(DefaultConfig, locations.At("cleaning.exclude[0].rule").File);
        Assert.NotNull(locations.At("cleaning.exclude[0].rule").Line);
    }

    [Fact]
    public void Read_ConfigInAnotherFolder_ResolvesPathsThere()
    {
        Directory.CreateDirectory(_scratch);
        string config = Path.Combine(_scratch, "monthly.yaml");
        File.WriteAllText(config, "input:\n  path: march.csv\n");

        ReportSettings settings = ConfigFile.Read(config, [], Now);

        Assert.Equal(Path.Combine(_scratch, "march.csv"), settings.Input.Path);
        Assert.Equal(Path.Combine(_scratch, "output"), settings.Output.Folder);
    }

    [Fact]
    public void Read_FileWithByteOrderMark_IsRead()
    {
        Directory.CreateDirectory(_scratch);
        string config = Path.Combine(_scratch, "bom.yaml");
        File.WriteAllText(config, "report:\n  bank_name: Банк\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal("Банк", ConfigFile.Read(config, [], Now).Report.BankName);
    }

    [Fact]
    public void Read_ErrorInFile_NamesThePathAsGiven()
    {
        Directory.CreateDirectory(_scratch);
        string config = Path.Combine(_scratch, "bad.yaml");
        File.WriteAllText(config, "report:\n  language: de\n");

        InputException problem = Assert.Throws<InputException>(() => ConfigFile.Read(config, [], Now));

        Assert.Equal(new SourceLocation(config, 2, "report.language", 13), problem.Location);
    }

    [Fact]
    public void Read_MissingFile_SaysItWasNotFound()
    {
        string missing = Path.Combine(_scratch, "nope.yaml");

        InputException problem = Assert.Throws<InputException>(() => ConfigFile.Read(missing, [], Now));

        Assert.Equal(ExitCode.UsageError, problem.ExitCode);
        Assert.Equal(new SourceLocation(missing), problem.Location);
        Assert.Contains("the config file was not found", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--config", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_SaysItIsAFolder()
    {
        Directory.CreateDirectory(_scratch);

        InputException problem = Assert.Throws<InputException>(() => ConfigFile.Read(_scratch, [], Now));

        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.Contains("is a folder", problem.Message, StringComparison.Ordinal);
    }
}
