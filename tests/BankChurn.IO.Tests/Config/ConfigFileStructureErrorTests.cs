using BankChurn.Core;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>YAML syntax, unknown keys and values of the wrong shape: each names the file, line, column and key path.</summary>
public class ConfigFileStructureErrorTests
{
    [Fact]
    public void Parse_UnterminatedQuote_ReportsYamlPosition()
    {
        InputException problem = Fails("report:\n  bank_name: \"Метанпромбанк\n");

        Assert.Equal(FileName, problem.Location.File);
        Assert.Equal(2, problem.Location.Line);
        Assert.Equal(14, problem.Location.Column);
        Assert.Contains("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Contains("quoted scalar", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{FileName}:2:14: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFlowList_ReportsWhereParsingStopped()
    {
        // YamlDotNet 18.1 throws InvalidOperationException here rather than a YamlException.
        InputException problem = Fails("seed: 1\ncleaning:\n  exclude: [1, 2\noutput:\n  folder: x\n");

        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("not closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TabIndentation_PointsAtTheTab()
    {
        InputException problem = Fails("report:\n  language: ru\ninput:\n\tpath: x.csv\n");

        Assert.Equal(4, problem.Location.Line);
        Assert.Equal(1, problem.Location.Column);
        Assert.Contains("tab", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_PointsAtTheSecond()
    {
        InputException problem = Fails("report:\n  language: ru\n  language: en\n");

        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("Duplicate key", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltKey_SuggestsTheNearestKey()
    {
        InputException problem = Fails("report:\n  language: ru\n  bank_nme: X\n");

        Assert.Equal(new SourceLocation(FileName, 3, "report.bank_nme", 3), problem.Location);
        Assert.Contains("unknown key 'bank_nme'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'bank_name'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltTopLevelKey_SuggestsTheSection()
    {
        InputException problem = Fails("reprot:\n  language: ru\n");

        Assert.Equal(new SourceLocation(FileName, 1, "reprot", 1), problem.Location);
        Assert.Contains("Did you mean 'report'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKeyFarFromAnyValidOne_ListsTheValidKeys()
    {
        InputException problem = Fails("output:\n  folder: out\n  compression: zip\n");

        Assert.Equal(new SourceLocation(FileName, 3, "output.compression", 3), problem.Location);
        Assert.Contains("unknown key 'compression'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Valid keys under output: folder.", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCanonicalColumn_SuggestsTheCanonicalName()
    {
        InputException problem = Fails("input:\n  columns:\n    userid: USERID\n");

        Assert.Equal(new SourceLocation(FileName, 3, "input.columns.userid", 5), problem.Location);
        Assert.Contains("unknown canonical column 'userid'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'user_id'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCanonicalColumnNothingLike_ListsAllColumns()
    {
        InputException problem = Fails("input:\n  columns:\n    client_number: USERID\n");

        Assert.Contains("Valid canonical columns under input.columns: user_id, score, city, gender, age, equity, balance, products, credit_card, last_activity, est_salary, churn.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsThemAllUnderTheFirst()
    {
        InputException problem = Fails("report:\n  langage: ru\ninput:\n  pth: x.csv\n  max_reported_problems: many\n");

        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("'langage'", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"{FileName}:4:3 (input.pth): unknown key 'pth'. Did you mean 'path'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListWhereSectionExpected_SaysWhatIsExpected()
    {
        InputException problem = Fails("report:\n  - language: ru\n");

        Assert.Equal(new SourceLocation(FileName, 2, "report", 3), problem.Location);
        Assert.Contains("expected a section of keys", problem.Message, StringComparison.Ordinal);
        Assert.Contains("found a list", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SectionWhereSingleValueExpected_SaysWhatIsExpected()
    {
        InputException problem = Fails("report:\n  bank_name:\n    ru: Банк\n");

        Assert.Equal(new SourceLocation(FileName, 3, "report.bank_name", 5), problem.Location);
        Assert.Contains("expected a single value (text), found a section of keys", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SingleValueWhereListExpected_SaysWhatIsExpected()
    {
        InputException problem = Fails("cleaning:\n  exclude: products == 0\n");

        Assert.Equal(new SourceLocation(FileName, 2, "cleaning.exclude", 12), problem.Location);
        Assert.Contains("expected a list (items with rule and reason)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExclusionWithoutRule_SaysRuleIsMissing()
    {
        InputException problem = Fails("cleaning:\n  exclude:\n    - reason: \"без продуктов\"\n");

        Assert.Equal(new SourceLocation(FileName, 3, "cleaning.exclude[0]", 7), problem.Location);
        Assert.Contains("'rule' is missing", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Add 'rule:' followed by a rule over canonical columns, e.g. products == 0.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExclusionWithEmptyRule_SaysTheValueIsEmpty()
    {
        InputException problem = Fails("cleaning:\n  exclude:\n    - rule:\n      reason: x\n");

        Assert.Equal("cleaning.exclude[0].rule", problem.Location.Field);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyListItem_IsAnError()
    {
        InputException problem = Fails("cleaning:\n  exclude:\n    -\n");

        Assert.Equal("cleaning.exclude[0]", problem.Location.Field);
    }

    [Fact]
    public void Parse_UnquotedColour_IsCaughtAlthoughYamlReadsItAsAComment()
    {
        InputException problem = Fails("report:\n  brand_color: #1F4E79\n");

        Assert.Equal("report.brand_color", problem.Location.Field);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("comment", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"#1F4E79\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyValueWithARealComment_IsTheDefault()
    {
        Assert.Null(Parse("report:\n  churn_window: # none yet\n").Report.ChurnWindow);
    }

    [Fact]
    public void Parse_RetiredLicenceKey_SaysItIsNoLongerNeeded()
    {
        InputException problem = Fails("report:\n  pdf_license_file: key.lic\n");

        Assert.Equal("report.pdf_license_file", problem.Location.Field);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("no longer needed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_RetiredLicenceKey_SaysItIsNoLongerNeeded()
    {
        InputException problem = Fails("report:\n  language: ru\n", "report.pdf_license_file=key.lic");

        Assert.Contains("no longer needed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CustomTag_IsRefusedAtItsLine()
    {
        InputException problem = Fails("report:\n  bank_name: !custom X\n");

        Assert.Equal(new SourceLocation(FileName, 2, "report.bank_name", 14), problem.Location);
        Assert.Contains("'!custom'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnchorAndAlias_AreResolved()
    {
        var settings = Parse("report:\n  bank_name: &name \"Север\"\n  font_family: *name\n");

        Assert.Equal("Север", settings.Report.FontFamily);
    }

    [Fact]
    public void Parse_RootIsASingleValue_IsAnError()
    {
        InputException problem = Fails("just text\n");

        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("found the single value 'just text'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoDocuments_IsAnError()
    {
        InputException problem = Fails("seed: 1\n---\nseed: 2\n");

        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("more than one YAML document", problem.Message, StringComparison.Ordinal);
    }
}
