using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using YamlDotNet.RepresentationModel;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary><c>--set key=value</c>: the same checks as the file, with <c>--set</c> named as the source of a mistake.</summary>
public class ConfigFileOverrideTests
{
    private const string File = """
        report:
          language: ru
          churn_window: "за 3 месяца"
        input:
          path: data/clients.csv
          columns:
            user_id: USERID
        cleaning:
          duplicate_user_ids: keep
        """;

    private const string FileWithExclusion = """
        cleaning:
          exclude:
            - rule: "products == 0"
              reason: "Клиент без продуктов"
        """;

    [Fact]
    public void Set_Scalar_ReplacesTheFileValue()
    {
        ReportSettings settings = Parse(File, "report.language=en");

        Assert.Equal("en", settings.Report.Language);
        Assert.Equal("en-US", settings.Culture.Name);
    }

    [Fact]
    public void Set_Nested_ReplacesOneColumnAndKeepsTheOthers()
    {
        ReportSettings settings = Parse(File, "input.columns.user_id=CLIENT_ID", "input.columns.churn=LEFT");

        Assert.Equal("CLIENT_ID", settings.Input.ColumnMap["user_id"]);
        Assert.Equal("LEFT", settings.Input.ColumnMap["churn"]);
        Assert.Equal("age", settings.Input.ColumnMap["age"]);
    }

    [Fact]
    public void Set_PeriodLikeDate_StaysText()
    {
        Assert.Equal("2026-10", Parse(File, "report.period=2026-10").Report.Period);
    }

    [Fact]
    public void Set_Null_ResetsToTheDefault()
    {
        Assert.NotNull(Parse(File).Report.ChurnWindow);
        Assert.Null(Parse(File, "report.churn_window=null").Report.ChurnWindow);
    }

    [Fact]
    public void Set_KeyAbsentFromTheFile_CreatesTheSection()
    {
        ReportSettings settings = Parse("", "output.folder=/tmp/reports", "seed=7");

        Assert.Equal(Path.GetFullPath("/tmp/reports"), settings.Output.Folder);
        Assert.Equal(7, settings.Seed);
    }

    [Fact]
    public void Set_RelativePath_IsTakenFromTheConfigFolder()
    {
        Assert.Equal(Path.Combine(Folder, "data", "x.csv"), Parse(File, "input.path=data/x.csv").Input.Path);
    }

    [Fact]
    public void Set_Twice_TheLastOneWins()
    {
        Assert.Equal(DuplicatePolicy.DropAll, Parse(File, "cleaning.duplicate_user_ids=keep_first", "cleaning.duplicate_user_ids=drop_all").Cleaning.DuplicateUserIds);
    }

    [Fact]
    public void Set_EmptyFlowList_ClearsTheExclusions()
    {
        Assert.Empty(Parse(FileWithExclusion, "cleaning.exclude=[]").Cleaning.Exclude);
    }

    [Fact]
    public void Set_ValueWithSpaces_NeedsNoQuotes()
    {
        Assert.Equal("Банк «Север»", Parse(File, "report.bank_name=Банк «Север»").Report.BankName);
    }

    [Fact]
    public void Set_ListItemByIndex_ReplacesThatField()
    {
        // Checked on the DTO: the end-to-end version needs the rule parser (ConfigFileRuleTests).
        var locations = new ConfigLocations(FileName);
        YamlMappingNode root = ConfigYaml.LoadRoot(FileWithExclusion, FileName);

        ConfigOverrides.Apply(root, "cleaning.exclude[0].reason=Тестовые клиенты", locations);
        ConfigStructure.Check(root, FileWithExclusion, locations);
        ConfigDto dto = ConfigYaml.ToDto(root);

        ExclusionDto exclusion = Assert.Single(dto.Cleaning!.Exclude!);
        Assert.Equal("products == 0", exclusion.Rule);
        Assert.Equal("Тестовые клиенты", exclusion.Reason);
    }

    [Fact]
    public void Set_ListIndexOnePastTheEnd_AddsAnItemWhichIsChecked()
    {
        InputException problem = Fails(FileWithExclusion, "cleaning.exclude[1].reason=x");

        Assert.Equal(new SourceLocation("--set", Field: "cleaning.exclude[1]"), problem.Location);
        Assert.Contains("'rule' is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_MisspeltKey_SuggestsTheFullPath()
    {
        InputException problem = Fails(File, "cleaning.duplicate_user_idz=keep_first");

        Assert.Equal(new SourceLocation("--set", Field: "cleaning.duplicate_user_idz"), problem.Location);
        Assert.Equal("--set (cleaning.duplicate_user_idz): unknown key 'duplicate_user_idz'. Did you mean 'cleaning.duplicate_user_ids'?", problem.Message);
    }

    [Fact]
    public void Set_UnknownSection_ListsTheSections()
    {
        InputException problem = Fails(File, "charts.alpha=0.01");

        Assert.Contains("unknown key 'charts'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Valid keys at the top level: report, input, cleaning, analysis, value, hypotheses, segments, deck, model, campaign, comparison, output, seed.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_BadValue_NamesSetAsTheSource()
    {
        InputException problem = Fails(File, "report.language=de");

        Assert.Equal(new SourceLocation("--set", Field: "report.language"), problem.Location);
        Assert.Contains("'de' is not allowed here. Use ru or en.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_BadValueOverAGoodFileValue_DoesNotBlameTheFile()
    {
        InputException problem = Fails(File, "input.max_reported_problems=-1");

        Assert.Equal("--set", problem.Location.File);
        Assert.Null(problem.Location.Line);
    }

    [Fact]
    public void Set_ValueThatIsASection_SaysToQuoteIt()
    {
        InputException problem = Fails(File, "report.bank_name=Банк: Север");

        Assert.Equal("--set", problem.Location.File);
        Assert.Contains("expected a single value (text), found a section of keys", problem.Message, StringComparison.Ordinal);
        Assert.Contains("quote it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_InvalidYamlValue_SaysToQuoteIt()
    {
        InputException problem = Fails(File, "report.bank_name=\"Банк");

        Assert.Equal("--set", problem.Location.File);
        Assert.Contains("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Quote the value", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.language", "is not key=value")]
    [InlineData("=en", "is not key=value")]
    [InlineData("report..language=en", "is not a key path")]
    [InlineData("cleaning.exclude[x].rule=a", "is not a key path")]
    [InlineData("cleaning.exclude[3].rule=a", "cleaning.exclude has 0 item(s), so there is no item [3]")]
    [InlineData("report[0]=a", "'report' is not a list")]
    [InlineData("report.language.code=en", "'report.language' is a single value and has no keys")]
    [InlineData("cleaning.exclude.rule=a", "'cleaning.exclude' is a list, not a section. Pick an item by index, e.g. cleaning.exclude[0].rule.")]
    public void Set_MalformedAssignment_SaysHowToWriteIt(string assignment, string expected)
    {
        InputException problem = Fails(File, assignment);

        Assert.Equal("--set", problem.Location.File);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_IntoAFileValueOfTheWrongShape_BlamesTheFileLine()
    {
        InputException problem = Fails("report: 5\n", "report.language=en");

        Assert.Equal(new SourceLocation(FileName, 1, "report", 9), problem.Location);
        Assert.Contains("cannot be applied", problem.Message, StringComparison.Ordinal);
    }
}
