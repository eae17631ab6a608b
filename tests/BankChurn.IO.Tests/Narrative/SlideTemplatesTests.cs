using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.IO.Tests.Narrative;

/// <summary>The repository's templates, rendered on the synthetic table and on the real one: every slide worded, titles carrying the figures.</summary>
public class SlideTemplatesTests
{
    public static TheoryData<string> Languages => new() { "ru", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTemplate_RendersOnTheSyntheticTable(string language)
    {
        (_, Report report) = TemplatedDeck.Compose(language);

        AssertEveryKindWorded(report, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTemplate_RendersOnTheRealTable(string language)
    {
        ClientTable table = RealTable.Require();

        (ChurnFindings findings, Report report) = TemplatedDeck.Compose(language, table);

        AssertEveryKindWorded(report, language);
        var w = Wording.For(language);
        Assert.Contains(w.Percent(findings.Overall.Rate), Slide(report, SlideKinds.Summary).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_CarryTheFormattedFigures_Russian()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("ru");
        var w = Wording.For("ru");
        string share = w.Percent(findings.Overall.Rate);

        Assert.Matches(@"^\d+,\d\u00A0%$", share);
        Assert.Equal("Отток клиентов: отчёт за ноябрь 2026", report.Meta.Title);
        Assert.Equal(report.Meta.Title, Slide(report, SlideKinds.Title).Title);
        Assert.Contains(share, Slide(report, SlideKinds.Title).Subtitle!, StringComparison.Ordinal);
        // The churn flag has no stated window: the deck speaks of the flag, not of leaving in November.
        Assert.Equal($"Главное за ноябрь 2026: {share} клиентов отмечены как ушедшие", Slide(report, SlideKinds.Summary).Title);
        Assert.Contains($"ушли {w.Integer(findings.Overall.Churned)} клиент", Slide(report, SlideKinds.Summary).Blocks.OfType<TextBlock>().Single().Items[0], StringComparison.Ordinal);
        Assert.Contains($"Средняя доля оттока — {share}", Slide(report, SlideKinds.ChurnOverview).Subtitle!, StringComparison.Ordinal);
        Assert.Contains($"против {share}", Slide(report, SlideKinds.ContinuousDrivers).Title, StringComparison.Ordinal);
        Assert.StartsWith("Ушедшие клиенты приносили ", Slide(report, SlideKinds.Value).Title, StringComparison.Ordinal);
        Assert.Contains(w.ReadableMoney(findings.Value.Lost), Slide(report, SlideKinds.Value).Title, StringComparison.Ordinal);
        Assert.StartsWith("Уходящий клиент: ", Slide(report, SlideKinds.Portraits).Title, StringComparison.Ordinal);
        Assert.Contains(" ушедших и ", Slide(report, SlideKinds.Portraits).Title, StringComparison.Ordinal);
        Assert.StartsWith("Чаще всего уходят ", Slide(report, SlideKinds.CategoricalDrivers).Title, StringComparison.Ordinal);
        Assert.StartsWith("Методика и настройки: ", Slide(report, SlideKinds.Methodology).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void OverviewTitle_StatesTheStrongestContrastWithBothShares()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("ru");
        var w = Wording.For("ru");
        var strongest = findings.ByFeature.Where(f => f.Test.PValue < 0.05).MaxBy(f => f.Test.CramersV)!;
        double high = strongest.Levels.Where(l => !l.IsMissing).Max(l => l.Churn.Rate), low = strongest.Levels.Where(l => !l.IsMissing).Min(l => l.Churn.Rate);

        string title = Slide(report, SlideKinds.ChurnOverview).Title;

        Assert.EndsWith($"{w.Percent(high)} против {w.Percent(low)}", title, StringComparison.Ordinal);
        Assert.Contains($"{w.Ratio(high / low)} чаще, чем ", title, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentDetail_TableShowsWhatSetsTheSegmentApart_OutsideItsRule()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("ru");
        var w = Wording.For("ru");
        Slide[] details = [.. report.Slides.Where(s => s.Kind == SlideKinds.SegmentDetail)];
        Assert.NotEmpty(details);
        foreach (Slide slide in details)
        {
            Core.Segments.Segment segment = findings.Segments.Segments.Single(s => slide.Title.StartsWith(s.Name + ":", StringComparison.Ordinal));
            Core.Segments.SegmentProfile profile = segment.Profile!;
            Table table = Assert.IsType<TableBlock>(slide.Blocks[1]).Table;
            var expected = profile.Distinguishing(5);
            Assert.Equal(expected.Length, table.Rows.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.DoesNotContain(expected[i].Column, profile.RuleColumns);
                Assert.Equal(expected[i].First!.Value, table.Rows[i][1].Number, 12);
                Assert.Equal(expected[i].Second!.Value, table.Rows[i][2].Number, 12);
            }

            Assert.StartsWith(ColumnNames.Short(expected[0].Column, w), table.Rows[0][0].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SegmentSubgroups_OneChurnedAndOneCurrentRowPerProductSegment_TitleNamesTheLargestDifference()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("ru");
        Slide slide = Slide(report, SlideKinds.SegmentSubgroups);
        Table table = Assert.IsType<TableBlock>(slide.Blocks[0]).Table;
        Core.Segments.Segment[] compared = [.. findings.Segments.Segments.Where(s => s.Subgroups is not null)];

        Assert.Equal(2 * compared.Length, table.Rows.Length);
        Assert.Equal("Клиенты с одним продуктом", table.Rows[0][0].Text);
        Core.Segments.Segment one = compared.Single(s => s.Id == "products_1");
        Assert.Equal(one.Subgroups!.First, table.Rows[0][2].Number);
        Assert.Equal(one.Subgroups.Second, table.Rows[1][2].Number);
        Assert.DoesNotContain(table.Columns, c => c.Header.StartsWith("Продукты", StringComparison.Ordinal));
        Assert.Matches("^.+: ушедшие и текущие сильнее всего различаются по признаку «.+» — .+ против .+$", slide.Title);
    }

    [Fact]
    public void Titles_CarryTheFormattedFigures_English()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("en");
        string share = Wording.For("en").Percent(findings.Overall.Rate);

        Assert.Matches(@"^\d+\.\d%$", share);
        Assert.Equal("Customer churn: report for November 2026", report.Meta.Title);
        Assert.Contains(share, Slide(report, SlideKinds.Summary).Title, StringComparison.Ordinal);
        Assert.All(report.Slides.Where(s => s.Kind != SlideKinds.Title), s => Assert.DoesNotMatch("[а-яё]", s.Title.Replace("М", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Summary_BoldsTheHeadlineFigures()
    {
        (ChurnFindings findings, Report report) = TemplatedDeck.Compose("ru");

        TextBlock text = Slide(report, SlideKinds.Summary).Blocks.OfType<TextBlock>().Single();

        Assert.True(text.Bullets);
        Assert.Equal("Что важно", text.Heading);
        // Churn, contrast, drivers, top segment, value, retention plan (issue 15), hypotheses: at most seven.
        Assert.InRange(text.Items.Length, 3, 7);
        TextRun first = text.RichItems[0].Runs[0];
        Assert.True(first.Bold);
        Assert.Equal("Отток " + Wording.For("ru").Percent(findings.Overall.Rate), first.Text);
    }

    [Fact]
    public void Methodology_NamesTheFileTheTestsAndTheConfig()
    {
        (_, Report report) = TemplatedDeck.Compose("ru");

        Slide slide = Slide(report, SlideKinds.Methodology);
        string text = string.Join("\n", slide.Blocks.OfType<TextBlock>().SelectMany(b => b.Items));

        Assert.Contains("clients.csv", slide.Title, StringComparison.Ordinal);
        Assert.Contains("report.config.yaml", slide.Subtitle!, StringComparison.Ordinal);
        foreach (string term in new[] { "Манна — Уитни", "хи-квадрат", "Холма", "φK", "Уилсона", "лучом ширины 20" })
            Assert.Contains(term, text, StringComparison.Ordinal);
    }

    private static void AssertEveryKindWorded(Report report, string language)
    {
        string[] kinds = [.. report.Slides.Select(s => s.Kind).Distinct()];
        Assert.Equal(SlideKinds.Summary, report.Slides[1].Kind);
        Assert.Equal(SlideKinds.Methodology, report.Slides[^1].Kind);
        // Distributions appear only with a significant driver, month over month only when last month's results exist.
        foreach (string kind in SlideKinds.Templated.Where(k => k != SlideKinds.Distributions && k != SlideKinds.MonthOverMonth))
            Assert.Contains(kind, kinds);
        Assert.All(report.Slides, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title), s.Kind);
            Assert.DoesNotContain("{{", s.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("*", s.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", s.Title, StringComparison.Ordinal);
        });
        Assert.All(report.Slides.SelectMany(s => s.Blocks).OfType<TextBlock>().SelectMany(b => b.Items), item =>
        {
            Assert.DoesNotContain("**", item, StringComparison.Ordinal);
            Assert.DoesNotContain("\\", item, StringComparison.Ordinal);
        });
        if (language == "ru")
            Assert.All(report.Slides, s => Assert.DoesNotMatch(@"\b(churn|clients|of)\b(?!\.csv)", s.Title));
    }

    private static Slide Slide(Report report, string kind) => report.Slides.First(s => s.Kind == kind);
}
