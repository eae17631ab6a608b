using BankChurn.Core;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

/// <summary>Values of the right shape but not allowed: each names the key path, the value's line and column, and what is allowed.</summary>
public class ConfigFileValueErrorTests
{
    [Theory]
    [InlineData("report", "language: de", "report.language", "'de' is not allowed here. Use ru or en.")]
    [InlineData("report", "brand_color: blue", "report.brand_color", "'blue' is not a colour as #RRGGBB.")]
    [InlineData("report", "brand_color: \"#12345\"", "report.brand_color", "'#12345' is not a colour as #RRGGBB.")]
    [InlineData("report", "period: 2026-13", "report.period", "'2026-13' is not a month as yyyy-MM. Write the year, a hyphen and the month 01–12")]
    [InlineData("report", "period: 2026-3", "report.period", "'2026-3' is not a month as yyyy-MM.")]
    [InlineData("report", "generated_at: yesterday", "report.generated_at", "'yesterday' is not an ISO 8601 timestamp.")]
    [InlineData("report", "generated_at: 2026-02-30", "report.generated_at", "'2026-02-30' is not an ISO 8601 timestamp.")]
    [InlineData("report", "bank_name: \"  \"", "report.bank_name", "the value is blank.")]
    [InlineData("input", "separator: \"|\"", "input.separator", "'|' is not allowed here. Use auto, \",\", \";\" or tab.")]
    [InlineData("input", "decimal_mark: \";\"", "input.decimal_mark", "';' is not allowed here. Use auto, \".\" or \",\".")]
    [InlineData("input", "encoding: koi8-r", "input.encoding", "'koi8-r' is not allowed here. Use auto, utf-8 or windows-1251.")]
    [InlineData("input", "on_invalid_row: maybe", "input.on_invalid_row", "'maybe' is not allowed here. Use fail or skip.")]
    [InlineData("input", "max_reported_problems: many", "input.max_reported_problems", "'many' is not a whole number. Write a whole number of 1 or more, e.g. 50.")]
    [InlineData("input", "max_reported_problems: -5", "input.max_reported_problems", "-5 is too small. Write a whole number of 1 or more")]
    [InlineData("input", "max_reported_problems: 0", "input.max_reported_problems", "0 is too small.")]
    [InlineData("input", "max_reported_problems: 2.5", "input.max_reported_problems", "'2.5' is not a whole number.")]
    [InlineData("cleaning", "duplicate_user_ids: first", "cleaning.duplicate_user_ids", "'first' is not allowed here. Use keep, keep_first or drop_all.")]
    public void Parse_BadValue_NamesKeyPositionAndWhatIsAllowed(string section, string line, string field, string expected)
    {
        int column = 3 + line.IndexOf(':', StringComparison.Ordinal) + 2;

        InputException problem = Fails($"seed: 1\n{section}:\n  {line}\n");

        Assert.Equal(new SourceLocation(FileName, 3, field, column), problem.Location);
        Assert.Contains($"{FileName}:3:{column} ({field}): {expected}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadSeed_IsReportedAtTopLevel()
    {
        InputException problem = Fails("seed: 1.5\n");

        Assert.Equal(new SourceLocation(FileName, 1, "seed", 7), problem.Location);
        Assert.Contains("'1.5' is not a whole number. Write a whole number, e.g. 20240501.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoColumnsOnOneHeader_BlamesTheMappedOne()
    {
        InputException problem = Fails("input:\n  columns:\n    score: churn\n");

        Assert.Equal(new SourceLocation(FileName, 3, "input.columns.score", 12), problem.Location);
        Assert.Contains("the header 'churn' is used for score and churn", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankExclusionReason_IsReportedBeforeAnyRuleIsParsed()
    {
        // The value checks run before Rule.Parse, so this needs no rule parser.
        InputException problem = Fails("cleaning:\n  exclude:\n    - rule: products == 0\n      reason: \"\"\n");

        Assert.Equal(new SourceLocation(FileName, 4, "cleaning.exclude[0].reason", 15), problem.Location);
        Assert.Contains("blank", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadValues_AreAllListed()
    {
        InputException problem = Fails("report:\n  language: de\n  period: 2026-13\ninput:\n  separator: \"|\"\n");

        Assert.Equal("report.language", problem.Location.Field);
        Assert.Contains("(report.period)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("(input.separator)", problem.Message, StringComparison.Ordinal);
    }
}
