using BankChurn.Core;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>Config tests that go through Rule.Parse: exclusion rules are parsed and checked when the config is read.</summary>
public class ConfigFileRuleTests
{
    [Fact]
    public void Read_DefaultConfig_ParsesTheExclusionRule()
    {
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, [], Now);

        Exclusion exclusion = Assert.Single(settings.Cleaning.Exclude);
        Assert.Equal("products == 0", exclusion.Rule.Text);
        Assert.Equal("exclusion rule 1", exclusion.Rule.Owner);
        Assert.Equal("Клиент без продуктов: ошибка выгрузки", exclusion.Reason);
    }

    [Fact]
    public void Set_ListItemByIndex_ChangesTheExclusionReason()
    {
        ReportSettings settings = Parse(
            "cleaning:\n  exclude:\n    - rule: products == 0\n      reason: a\n",
            "cleaning.exclude[0].reason=b",
            "cleaning.exclude[1].rule=age > 120",
            "cleaning.exclude[1].reason=c");

        Assert.Equal(["b", "c"], settings.Cleaning.Exclude.Select(e => e.Reason));
        Assert.Equal("exclusion rule 2", settings.Cleaning.Exclude[1].Rule.Owner);
    }

    [Fact]
    public void Parse_BadExclusionRule_ReportsTheRuleParsersErrorAtTheRuleValue()
    {
        InputException problem = Fails("cleaning:\n  exclude:\n    - rule: products ==\n      reason: x\n");

        Assert.Equal(FileName, problem.Location.File);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("exclusion rule 1", problem.Message, StringComparison.Ordinal);
    }
}
