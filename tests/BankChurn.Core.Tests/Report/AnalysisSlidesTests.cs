using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Settings;
using BankChurn.Core.Tests.Analysis.Blocks;

namespace BankChurn.Core.Tests.Report;

/// <summary>The analysis slides, sheets and sentences composed from a hand-made table whose findings are known.</summary>
public class AnalysisSlidesTests
{
    /// <summary>
    /// 400 clients. Men (even rows) churn 30 %, women 15 %, and half of the top quarter by balance churns too. Balances 1..400 thousand.
    /// Products 1 for the first half, 2 for the second; activity alternates every two rows.
    /// </summary>
    private static ClientTable Sample() => TinyTable.Build(
        400,
        churned: i => (i % 2 == 0 ? i / 2 % 10 < 3 : i / 2 % 20 < 3) || (i >= 300 && i % 4 <= 1),
        numeric:
        [
            (ClientSchema.Age, i => 25 + i % 40),
            (ClientSchema.Balance, i => i % 50 == 0 ? null : 1000.0 * (i + 1)),
            (ClientSchema.Products, i => i < 200 ? 1 : 2),
            (ClientSchema.LastActivity, i => i / 2 % 2),
            (ClientSchema.CreditCard, i => i % 3 == 0 ? 0 : 1),
            (ClientSchema.EstSalary, i => 50_000 + 100 * i),
            (ClientSchema.Score, i => 700 + i % 200),
            (ClientSchema.Equity, i => i % 6),
        ],
        categories: [(ClientSchema.Gender, i => i % 2 == 0 ? "М" : "Ж"), (ClientSchema.City, i => i % 3 == 0 ? "Рыбинск" : "Ярославль")]);

    private static (ChurnFindings, Core.Report.Report) Compose(string language, ClientTable? table = null) => Compose(language, new RecordingNarrator(), table);

    private static (ChurnFindings, Core.Report.Report) Compose(string language, RecordingNarrator narrator, ClientTable? table = null, RunInfo? run = null)
    {
        table ??= Sample();
        var options = new ReportOptions("2026-10", language, "Банк", "", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), "#1F4E79", "DejaVu Sans");
        var settings = new ReportSettings("report.config.yaml", options, null!, new CleaningSettings([], DuplicatePolicy.Keep), null!, 1);
        var loaded = new LoadedClients(table, table.RowCount, [], new DetectedFormat("utf-8", ',', '.'));
        ChurnFindings findings = ChurnAnalysis.Run(loaded, settings);
        return (findings, ReportComposer.Compose(findings, settings, run ?? new RunInfo("t.csv", "00", "2026-10", options.GeneratedAt, "1.0", "seed: 1"), narrator));
    }

    [Fact]
    public void Compose_DatabaseSource_RunParametersNameTheQueryInsteadOfAFileFormat()
    {
        var run = new RunInfo("query (input.query)", "ab12", "2026-10", DateTimeOffset.UnixEpoch, "1.0", "seed: 1", "en")
        {
            SourceKind = "postgres",
            SourceQuery = "SELECT * FROM marts.clients",
        };

        (_, Core.Report.Report report) = Compose("en", new RecordingNarrator(), run: run);

        Sheet sheet = report.Sheets.Single(s => s.Name == "Run parameters");
        var rows = sheet.Table.Rows.ToDictionary(r => r[0].Text!, r => r[1].Text);
        Assert.Equal("query (input.query)", rows["Data source"]);
        Assert.Equal("SELECT * FROM marts.clients", rows["Query"]);
        Assert.False(rows.ContainsKey("Field separator"));
        Assert.False(rows.ContainsKey("Data file"));
    }

    [Fact]
    public void Compose_AddsOneSlideAndOneSheetPerBlock()
    {
        (_, Core.Report.Report report) = Compose("ru");

        Assert.Equal(
            [SlideKinds.Title, SlideKinds.Summary, SlideKinds.DataQuality, SlideKinds.ChurnOverview, SlideKinds.CategoricalDrivers, SlideKinds.ContinuousDrivers, SlideKinds.Portraits, SlideKinds.Value, SlideKinds.Plan, SlideKinds.Methodology],
            report.Slides.Select(s => s.Kind).Where(k => k is not ("distributions" or "correlations" or "phik" or "hypotheses" or "segments_retention" or "segments_acquisition" or "segment_detail")));
        Assert.Equal(["Сегменты", "Клиенты", "Кампании", "Сводка кампаний", "Профили сегментов", "Отток по признакам", "Числовые признаки", "Портреты", "Ценность клиентов", "Корреляции", "Матрица phiK", "Гипотезы", "Качество данных", "Параметры запуска"], report.Sheets.Select(s => s.Name));
        Assert.All(report.Slides.SelectMany(s => s.Blocks).OfType<TableBlock>(), t => Assert.InRange(t.Table.Rows.Length, 1, 12));
    }

    [Fact]
    public void Compose_WithoutAModel_NoModelSlide_DriversFallBackToPhiKOnEverySlide()
    {
        // Core's analysis fits no model (the learners live in BankChurn.ML), so the deck ranks drivers by φK throughout.
        var narrator = new RecordingNarrator();
        (ChurnFindings findings, Core.Report.Report report) = Compose("ru", narrator);
        Assert.Null(findings.Model);
        Assert.DoesNotContain(report.Slides, s => s.Kind == SlideKinds.Model);
        var w = Wording.For("ru");
        string[] phiK = [.. findings.Correlations.Ranking.Take(3).Select(r => ColumnNames.Of(r.Column, w))];
        Assert.Equal(phiK, (string[])narrator.Of(SlideKinds.Summary)["drivers"]!);
        Assert.Equal(false, narrator.Of(SlideKinds.Summary)["drivers_from_model"]);
        Assert.Equal(phiK, (string[])narrator.Of(SlideKinds.PhiK)["top_columns"]!);
        Assert.Equal(phiK, (string[])narrator.Of(SlideKinds.Correlations)["drivers"]!);
    }

    [Fact]
    public void Compose_CampaignSheets_ThePlanInExpectedLossOrder_NamesNotIds_ChurnedNever()
    {
        (ChurnFindings findings, Core.Report.Report report) = Compose("en");
        var plan = findings.Plan!;
        Assert.True(plan.Contacted > 0, "the sample needs a plan with clients");
        Sheet sheet = report.Sheets.Single(s => s.Name == "Campaigns");
        Cell[][] rows = [.. sheet.Stream!.Rows().Select(r => r.ToArray())];
        Assert.Equal(plan.Contacted, rows.Length);
        Assert.Equal(plan.ControlClients, rows.Count(r => r[3].Text == "yes: do not contact"));
        double[] loss = [.. rows.Select(r => r[4].Number)];
        Assert.Equal(loss.OrderDescending(), loss);
        Assert.All(rows, r => Assert.DoesNotContain("found_", r[1].Text, StringComparison.Ordinal));
        // Expected loss is probability × value for a current client and 0 for a churned one, so a churned client can never be ranked in.
        Assert.All(plan.Order, row => Assert.False(findings.Segments.Clients!.Churned.Contains(row)));
        Sheet summary = report.Sheets.Single(s => s.Name == "Campaign summary");
        Assert.Equal(plan.Campaigns.Length + 1, summary.Table.Rows.Length);
        Assert.Equal("Total", summary.Table.Rows[^1][0].Text);
        Assert.Equal(plan.Contacted, summary.Table.Rows[^1][2].Number);
        Assert.Equal(plan.Campaigns.Sum(c => c.ExpectedSaved), summary.Table.Rows[^1][6].Number, 6);
    }

    [Fact]
    public void Compose_CrossSell_OffByDefault_OnListsAcquisitionClientsOnceOutsideThePlan()
    {
        (ChurnFindings findings, Core.Report.Report report) = Compose("en");
        Assert.DoesNotContain(report.Sheets, s => s.Name == "Cross-sell");
        var options = new ReportOptions("2026-10", "en", "Банк", "", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), "#1F4E79", "DejaVu Sans");
        var settings = new ReportSettings("report.config.yaml", options, null!, new CleaningSettings([], DuplicatePolicy.Keep), null!, 1)
        {
            Campaign = CampaignSettings.Default with { CrossSell = true },
        };
        Core.Report.Report withList = ReportComposer.Compose(findings, settings, new RunInfo("t.csv", "00", "2026-10", options.GeneratedAt, "1.0", "seed: 1"), new RecordingNarrator());
        Sheet? sheet = withList.Sheets.SingleOrDefault(s => s.Name == "Cross-sell");
        var plan = findings.Plan!;
        var table = findings.Segments.Clients!;
        var profiles = findings.Segments.Segments.Where(s => plan.Lookalikes.Contains(s.Id)).ToArray();
        int expected = Enumerable.Range(0, table.RowCount)
            .Count(r => !table.Churned.Contains(r) && plan.CampaignOfRow[r] < 0 && profiles.Any(p => p.Rows.Contains(r)));
        Assert.NotNull(sheet);
        Assert.Equal(expected, sheet.RowCount);
        string[] names = [.. profiles.Select(p => p.EnglishName)];
        Assert.All(sheet.Stream!.Rows(), r => Assert.Contains(r[0].Text, names));
    }

    [Fact]
    public void Compose_GivesTemplatesTheFindingsFiguresRawAndFormatted()
    {
        var narrator = new RecordingNarrator();
        (ChurnFindings findings, _) = Compose("ru", narrator);
        var strongest = findings.ByFeature.MaxBy(f => f.Test.CramersV)!;
        double highest = strongest.Levels.Max(l => l.Churn.Rate), lowest = strongest.Levels.Min(l => l.Churn.Rate);
        var w = Wording.For("ru");

        var contrast = (IReadOnlyDictionary<string, object?>)narrator.Of(SlideKinds.ChurnOverview)["contrast"]!;
        Assert.Equal(ClientSchema.LastActivity, strongest.Column);
        Assert.Equal("неактивные клиенты", contrast["high_who"]);
        Assert.Equal("активные клиенты", contrast["low_who"]);
        Assert.Equal(highest, (double)contrast["high_rate"]!, 12);
        Assert.Equal(w.Percent(highest), contrast["high_rate_text"]);
        Assert.Equal(w.Percent(lowest), contrast["low_rate_text"]);
        Assert.Equal(highest / lowest, (double)contrast["ratio"]!, 12);
        var phrases = (string[])narrator.Of(SlideKinds.ContinuousDrivers)["top_phrases"]!;
        Assert.Contains(phrases, p => p.Contains("балансе от 320", StringComparison.Ordinal));
        Assert.StartsWith("Уходящий клиент: ", (string)narrator.Of(SlideKinds.Portraits)["churned_portrait_short"]!, StringComparison.Ordinal);
        Assert.Contains("% ушедших", (string)narrator.Of(SlideKinds.Portraits)["churned_portrait_short"]!, StringComparison.Ordinal);
        var overall = (IReadOnlyDictionary<string, object?>)narrator.Of(SlideKinds.Summary)["overall"]!;
        Assert.Equal((long)findings.Overall.Churned, overall["churned"]);
        Assert.Equal(w.Percent(findings.Overall.Rate), overall["rate_text"]);
        var report = (IReadOnlyDictionary<string, object?>)narrator.Of(SlideKinds.Methodology)["report"]!;
        Assert.Equal("t.csv", report["data_file"]);
        Assert.Equal("report.config.yaml", report["config_file"]);
    }

    [Fact]
    public void Compose_English_WordsTheModelInEnglish()
    {
        var narrator = new RecordingNarrator();
        Compose("en", narrator);

        Assert.StartsWith("Churning client: ", (string)narrator.Of(SlideKinds.Portraits)["churned_portrait_short"]!, StringComparison.Ordinal);
        Assert.Contains("of churned clients fit this", (string)narrator.Of(SlideKinds.Portraits)["churned_portrait_short"]!, StringComparison.Ordinal);
        var overall = (IReadOnlyDictionary<string, object?>)narrator.Of(SlideKinds.Title)["overall"]!;
        Assert.EndsWith("%", (string)overall["rate_text"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0%", (string)overall["rate_text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PutsTheNarrativeAfterTheCodeBlocks()
    {
        (_, Core.Report.Report report) = Compose("ru");

        Slide overview = Slide(report, SlideKinds.ChurnOverview);
        Assert.Equal(SlideKinds.ChurnOverview, overview.Title);
        Assert.IsType<ChartBlock>(overview.Blocks[0]);
        Assert.Equal("text of churn_overview", Assert.IsType<TextBlock>(overview.Blocks[^1]).Items.Single());
    }

    [Fact]
    public void ChurnOverview_ChartsTheStrongestColumnsLevels_WithIntervalsAndTheAverage()
    {
        (ChurnFindings findings, Core.Report.Report report) = Compose("ru");
        Core.Analysis.Overview.FeatureChurn strongest = findings.ByFeature.Where(f => f.Test.PValue < 0.05).MaxBy(f => f.Test.CramersV)!;

        var chart = (Core.Report.Charts.BarChartSpec)Assert.IsType<ChartBlock>(Slide(report, SlideKinds.ChurnOverview).Blocks[0]).Chart;

        Assert.Equal(strongest.Levels.Select(l => l.Churn.Rate), chart.Bars.Select(b => b.Value));
        Assert.Equal(strongest.Levels.Select(l => (Interval?)l.Churn.Confidence), chart.Bars.Select(b => b.Interval));
        Assert.Equal(findings.Overall.Rate, chart.ReferenceLine);
        Assert.Equal(strongest.Levels.Max(l => l.Churn.Rate), Assert.Single(chart.Bars, b => b.Highlight).Value);
        Assert.Contains(ColumnNames.Of(strongest.Column, Wording.For("ru")), chart.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoricalDrivers_ChartHasTheTablesRows_HighlightedWhereTheIntervalIsAboveAverage()
    {
        (ChurnFindings findings, Core.Report.Report report) = Compose("ru");
        Slide slide = Slide(report, SlideKinds.CategoricalDrivers);

        var chart = (Core.Report.Charts.BarChartSpec)Assert.IsType<ChartBlock>(slide.Blocks[0]).Chart;
        Table table = Assert.IsType<TableBlock>(slide.Blocks[1]).Table;

        Assert.Equal(table.Rows.Length, chart.Bars.Length);
        Assert.Equal(table.Rows.Select(r => r[3].Number), chart.Bars.Select(b => b.Value));
        Assert.All(chart.Bars, b => Assert.Equal(b.Interval!.Value.Low > findings.Overall.Rate, b.Highlight));
    }

    [Fact]
    public void Portraits_GroupedBarsCompareChurnedAndRetainedShares_OneCategoryPerLevelColumn()
    {
        (ChurnFindings findings, Core.Report.Report report) = Compose("ru");

        var chart = (Core.Report.Charts.GroupedBarChartSpec)Assert.IsType<ChartBlock>(Slide(report, SlideKinds.Portraits).Blocks[0]).Chart;

        Assert.Equal(findings.Portraits.Levels.Length, chart.Categories.Length);
        Assert.Equal(["Ушедшие", "Оставшиеся"], chart.Series.Select(s => s.Name));
        Assert.True(chart.Series[0].Highlight);
        Core.Analysis.Portraits.LevelPortrait gender = findings.Portraits.Levels.Single(l => l.Column == ClientSchema.Gender);
        Core.Analysis.Portraits.PortraitLevel men = gender.Levels.Single(l => l.Level.Label == "М");
        int index = chart.Categories.IndexOf("Пол: М");
        Assert.Equal(men.ChurnedShare, chart.Series[0].Values[index]);
        Assert.Equal(men.RetainedShare, chart.Series[1].Values[index]);
    }

    [Fact]
    public void Compose_NobodyChurned_SaysSoWithoutFailing()
    {
        ClientTable table = TinyTable.Build(
            20,
            _ => false,
            numeric: [(ClientSchema.Age, i => 20 + i), (ClientSchema.Balance, i => 100.0 * i), (ClientSchema.Products, _ => 1), (ClientSchema.LastActivity, i => i % 2),
                      (ClientSchema.CreditCard, _ => 1), (ClientSchema.EstSalary, _ => 1000), (ClientSchema.Score, i => 800 + i), (ClientSchema.Equity, _ => 0)],
            categories: [(ClientSchema.Gender, _ => "Ж"), (ClientSchema.City, _ => "Ростов")]);

        var narrator = new RecordingNarrator();
        (_, Core.Report.Report report) = Compose("ru", narrator, table);

        var overall = (IReadOnlyDictionary<string, object?>)narrator.Of(SlideKinds.ChurnOverview)["overall"]!;
        Assert.Equal(true, overall["nobody_left"]);
        Assert.Equal("0,0\u00A0%", overall["rate_text"]);
        Assert.Null(narrator.Of(SlideKinds.ChurnOverview)["contrast"]);
        Assert.Null(narrator.Of(SlideKinds.Summary)["retention_segment"]);
        Assert.Equal("Уходящий клиент: в этом месяце никто не ушёл", narrator.Of(SlideKinds.Portraits)["churned_portrait_short"]);
        Assert.DoesNotContain(report.Slides, s => s.Kind == "distributions");
        Assert.DoesNotContain(narrator.Models.SelectMany(m => Flatten(m.Model.Values)), v => v is double d && !double.IsFinite(d));
    }

    [Theory]
    [InlineData(782_410.47, "780 тыс. ₽", "780k ₽")]
    [InlineData(1_150_000, "1,2 млн ₽", "1.2m ₽")]
    [InlineData(265_709_993, "270 млн ₽", "270m ₽")]
    [InlineData(999_999, "1 млн ₽", "1m ₽")]
    [InlineData(950, "950 ₽", "950 ₽")]
    public void ReadableMoney_RoundsToTwoSignificantDigits(double amount, string russian, string english)
    {
        Assert.Equal(russian.Replace(" ", "\u00A0", StringComparison.Ordinal), Wording.For("ru").ReadableMoney(amount));
        Assert.Equal(english.Replace(" ", "\u00A0", StringComparison.Ordinal), Wording.For("en").ReadableMoney(amount));
    }

    [Theory]
    [InlineData(9.04, "в 9 раз")]
    [InlineData(2, "в 2 раза")]
    [InlineData(1.86, "в 1,9 раза")]
    [InlineData(21, "в 21 раз")]
    public void Times_AgreesWithTheNumber(double ratio, string expected)
    {
        Assert.Equal(expected, Wording.For("ru").Times(ratio));
    }

    [Fact]
    public void ReadableMoneyRange_UsesOneUnit()
    {
        Assert.Equal("0,8–1,2\u00A0млн\u00A0₽", Wording.For("ru").ReadableMoneyRange(800_000, 1_150_000));
        Assert.Equal("100–120k\u00A0₽", Wording.For("en").ReadableMoneyRange(100_400, 119_800));
    }

    private static Slide Slide(BankChurn.Core.Report.Report report, string kind) => report.Slides.Single(s => s.Kind == kind);

    private static IEnumerable<object?> Flatten(IReadOnlyDictionary<string, object?> values) =>
        values.Values.SelectMany(v => v switch
        {
            IReadOnlyDictionary<string, object?> child => Flatten(child),
            IReadOnlyDictionary<string, object?>[] list => list.SelectMany(Flatten),
            _ => [v],
        });
}
