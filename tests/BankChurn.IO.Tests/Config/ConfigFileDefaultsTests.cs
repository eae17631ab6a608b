using System.Globalization;
using BankChurn.Core.Settings;
using static BankChurn.IO.Tests.Config.ConfigTestFiles;

namespace BankChurn.IO.Tests.Config;

public class ConfigFileDefaultsTests
{
    [Fact]
    public void Parse_EmptyFile_AppliesEveryDefault()
    {
        ReportSettings settings = Parse("");

        Assert.Equal(FileName, settings.ConfigFile);
        Assert.Equal("2026-02", settings.Report.Period);
        Assert.Null(settings.Report.PeriodSource);
        Assert.Equal("ru", settings.Report.Language);
        Assert.Equal("Метанпромбанк", settings.Report.BankName);
        Assert.Equal("Конфиденциально. Для внутреннего использования", settings.Report.Confidentiality);
        Assert.Equal(Now, settings.Report.GeneratedAt);
        Assert.Equal("#1F4E79", settings.Report.BrandColor);
        Assert.Equal("DejaVu Sans", settings.Report.FontFamily);
        Assert.Equal(Path.Combine(Folder, "data", "clients.csv"), settings.Input.Path);
        Assert.Null(settings.Input.Encoding);
        Assert.Null(settings.Input.Separator);
        Assert.Null(settings.Input.DecimalMark);
        Assert.Equal(InvalidRowPolicy.Fail, settings.Input.OnInvalidRow);
        Assert.Equal(50, settings.Input.MaxReportedProblems);
        Assert.Empty(settings.Cleaning.Exclude);
        Assert.Equal(DuplicatePolicy.Keep, settings.Cleaning.DuplicateUserIds);
        Assert.Equal(Path.Combine(Folder, "output"), settings.Output.Folder);
        Assert.Equal(20240501, settings.Seed);
    }

    [Fact]
    public void Parse_ColumnsNotMapped_AreExpectedUnderTheirCanonicalName()
    {
        ReportSettings settings = Parse("""
            input:
              columns:
                user_id: USERID
                est_salary: EST_SALARY
            """);

        Assert.Equal(12, settings.Input.ColumnMap.Count);
        Assert.Equal("USERID", settings.Input.ColumnMap["user_id"]);
        Assert.Equal("EST_SALARY", settings.Input.ColumnMap["est_salary"]);
        Assert.Equal("score", settings.Input.ColumnMap["score"]);
        Assert.Equal("churn", settings.Input.ColumnMap["churn"]);
    }

    [Fact]
    public void Parse_PeriodNotSet_IsTheLastMonthClosedOnTheRunsOwnClock()
    {
        // 1 April 01:00 in Moscow is still 31 March in UTC: for the analyst March has closed, so the report is March's.
        var justAfterMidnight = new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.FromHours(3));

        ReportSettings settings = BankChurn.IO.Config.ConfigFile.Parse("", FileName, [], justAfterMidnight);

        Assert.Equal("2026-03", settings.Report.Period);
        Assert.Equal(justAfterMidnight, settings.Report.GeneratedAt);
    }

    [Theory]
    [InlineData(2026, 12, 3, "2026-11")]
    [InlineData(2026, 12, 31, "2026-11")]
    [InlineData(2027, 1, 1, "2026-12")]
    [InlineData(2026, 3, 1, "2026-02")]
    public void Parse_PeriodNull_IsTheLastClosedMonth(int year, int month, int day, string expected)
    {
        var clock = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(3));

        ReportSettings settings = BankChurn.IO.Config.ConfigFile.Parse("report:\n  period: null\n", FileName, [], clock);

        Assert.Equal(expected, settings.Report.Period);
        Assert.Null(settings.Report.PeriodSource);
    }

    [Fact]
    public void Parse_PeriodWritten_RemembersWhereFrom()
    {
        ReportSettings fromFile = Parse("report:\n  language: ru\n  period: 2026-10\n");
        ReportSettings fromCommandLine = Parse("report:\n  period: 2026-10\n", "report.period=2026-09");

        Assert.Equal("2026-10", fromFile.Report.Period);
        Assert.Equal(FileName, fromFile.Report.PeriodSource?.File);
        Assert.Equal(3, fromFile.Report.PeriodSource?.Line);
        Assert.Equal("2026-09", fromCommandLine.Report.Period);
        Assert.Equal("--set", fromCommandLine.Report.PeriodSource?.File);
    }

    [Fact]
    public void Parse_GeneratedAtPinned_IgnoresTheClock()
    {
        ReportSettings settings = Parse("report:\n  generated_at: 2026-05-01T09:00:00+03:00\n");

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(3)), settings.Report.GeneratedAt);
    }

    [Fact]
    public void Parse_GeneratedAtWithoutOffset_IsUtc()
    {
        ReportSettings settings = Parse("report:\n  generated_at: 2026-05-01\n");

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), settings.Report.GeneratedAt);
    }

    [Theory]
    [InlineData("ru", "ru-RU", "18,2")]
    [InlineData("en", "en-US", "18.2%")]
    [InlineData("EN", "en-US", "18.2%")]
    public void Parse_Language_SelectsTheCulture(string language, string culture, string percentStart)
    {
        ReportSettings settings = Parse($"report:\n  language: {language}\n");

        Assert.Equal(language.ToLowerInvariant(), settings.Report.Language);
        Assert.Equal(culture, settings.Culture.Name);
        // The space before % in Russian is a (narrow) no-break space whose exact code point depends on the ICU version.
        Assert.StartsWith(percentStart, 0.182.ToString("P1", settings.Culture), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryValueWritten_IsKept()
    {
        ReportSettings settings = Parse("""
            report:
              period: 2025-12
              language: en
              bank_name: "Bank of Tests"
              confidentiality: ""
              generated_at: 2026-01-02T03:04:05Z
              brand_color: "#a0b1c2"
              font_family: Lato
              templates: my/templates
            input:
              path: /data/march.csv
              encoding: windows-1251
              separator: ";"
              decimal_mark: ","
              on_invalid_row: skip
              max_reported_problems: 7
            cleaning:
              exclude: []
              duplicate_user_ids: drop_all
            output:
              folder: ../reports
            seed: -3
            """);

        Assert.Equal(
            new ReportOptions("2025-12", "en", "Bank of Tests", "", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "#A0B1C2", "Lato")
            {
                TemplatesFolder = Path.Combine(Folder, "my", "templates"),
                PeriodSource = new BankChurn.Core.SourceLocation(FileName, 2, "report.period", 11),
                FontFamilySource = new BankChurn.Core.SourceLocation(FileName, 8, "report.font_family", 16),
            },
            settings.Report);
        Assert.Equal(Path.GetFullPath("/data/march.csv"), settings.Input.Path);
        Assert.Equal("windows-1251", settings.Input.Encoding);
        Assert.Equal(';', settings.Input.Separator);
        Assert.Equal(',', settings.Input.DecimalMark);
        Assert.Equal(InvalidRowPolicy.Skip, settings.Input.OnInvalidRow);
        Assert.Equal(7, settings.Input.MaxReportedProblems);
        Assert.Equal(DuplicatePolicy.DropAll, settings.Cleaning.DuplicateUserIds);
        Assert.Equal(Path.GetFullPath(Path.Combine(Folder, "..", "reports")), settings.Output.Folder);
        Assert.Equal(-3, settings.Seed);
    }

    [Theory]
    [InlineData("tab", '\t')]
    [InlineData("\"\\t\"", '\t')]
    [InlineData("\",\"", ',')]
    [InlineData("\";\"", ';')]
    [InlineData("auto", null)]
    public void Parse_Separator_AcceptsEverySpelling(string written, char? expected)
    {
        ReportSettings settings = Parse($"input:\n  separator: {written}\n");

        Assert.Equal(expected, settings.Input.Separator);
    }

    [Theory]
    [InlineData("keep", DuplicatePolicy.Keep)]
    [InlineData("keep_first", DuplicatePolicy.KeepFirst)]
    [InlineData("drop_all", DuplicatePolicy.DropAll)]
    public void Parse_DuplicatePolicy_MapsEveryValue(string written, DuplicatePolicy expected)
    {
        Assert.Equal(expected, Parse($"cleaning:\n  duplicate_user_ids: {written}\n").Cleaning.DuplicateUserIds);
    }

    [Fact]
    public void Parse_EmptySectionsAndNulls_MeanDefaults()
    {
        ReportSettings settings = Parse("""
            report:
            input:
              path: ~
              columns:
                user_id: null
            cleaning:
              exclude:
            output: null
            seed:
            """);

        Assert.Equal("Метанпромбанк", settings.Report.BankName);
        Assert.Equal(Path.Combine(Folder, "data", "clients.csv"), settings.Input.Path);
        Assert.Equal("user_id", settings.Input.ColumnMap["user_id"]);
        Assert.Empty(settings.Cleaning.Exclude);
        Assert.Equal(Path.Combine(Folder, "output"), settings.Output.Folder);
        Assert.Equal(20240501, settings.Seed);
    }

    [Fact]
    public void Parse_QuotedNull_IsText()
    {
        // YAML semantics: only an unquoted null is null.
        Assert.Equal("null", Parse("report:\n  bank_name: \"null\"\n").Report.BankName);
    }

    [Fact]
    public void Parse_RelativePaths_AreTakenFromTheConfigFolderNotTheCurrentDirectory()
    {
        string elsewhere = Path.Combine(Path.GetTempPath(), "somewhere", "else", "my.yaml");

        ReportSettings settings = BankChurn.IO.Config.ConfigFile.Parse(
            "input:\n  path: in/x.csv\noutput:\n  folder: out\nreport:\n  templates: my/templates\n", elsewhere, [], Now);

        string folder = Path.GetDirectoryName(elsewhere)!;
        Assert.Equal(Path.Combine(folder, "in", "x.csv"), settings.Input.Path);
        Assert.Equal(Path.Combine(folder, "out"), settings.Output.Folder);
        Assert.Equal(Path.Combine(folder, "my", "templates"), settings.Report.TemplatesFolder);
        Assert.NotEqual(Path.GetFullPath("in/x.csv"), settings.Input.Path);
    }

    [Fact]
    public void Culture_UnderRussianMachineCulture_StillFollowsTheLanguage()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            ReportSettings settings = Parse("report:\n  language: en\n  generated_at: 2026-05-01T09:00:00.5+03:00\n");

            Assert.Equal("en-US", settings.Culture.Name);
            Assert.Equal(500, settings.Report.GeneratedAt.Millisecond);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
