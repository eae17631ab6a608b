using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Charts;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>
/// The model and plan slides (issue 15) written to PDF and read back with poppler, and the one driver ranking the deck
/// shows: the summary, model, correlations and φK slides name the same top three columns.
/// </summary>
public sealed class ModelAndPlanSlidesTests
{
    public static TheoryData<string, string> Decks => DeckReports.EveryDeck();

    [Theory]
    [MemberData(nameof(Decks))]
    public void ModelSlide_ReadsBack_AucWithIntervalAboveBaseline_CalibrationByDecile_Importance_LeakageCaveat(string data, string language)
    {
        Report report = DeckReports.Require(data, language);
        bool ru = language == "ru";
        string text = PageOf(report, SlideKinds.Model);

        Match auc = Regex.Match(text, ru ? @"AUC (\d,\d{3}) \(95 % ДИ (\d,\d{3})–(\d,\d{3})\)" : @"AUC of (\d\.\d{3}) \(95% CI (\d\.\d{3})–(\d\.\d{3})\)");
        Assert.True(auc.Success, text);
        double value = Parse(auc.Groups[1].Value), low = Parse(auc.Groups[2].Value), high = Parse(auc.Groups[3].Value);
        Assert.InRange(value, low, high);
        // pdftotext reads the cards' labels before their values, so the baseline's figure is taken from the slide and found on the page.
        Slide modelSlide = report.Slides.Single(s => s.Kind == SlideKinds.Model);
        KeyFigure baselineFigure = modelSlide.Blocks.OfType<KeyFiguresBlock>().Single().Figures[1];
        Assert.Equal(ru ? "Простая модель (логистическая)" : "Simple model (logistic)", baselineFigure.Label);
        string baselineText = baselineFigure.Value.Text!;
        Assert.Contains(baselineText, text, StringComparison.Ordinal);
        if (data == "real")
            Assert.True(low > Parse(baselineText), $"the AUC's interval {low}–{high} should lie above the baseline {baselineText} on the real table");
        // The leakage caveat and what the config key does.
        Assert.Contains("model.exclude: [last_activity]", text, StringComparison.Ordinal);
        Assert.Contains(ru ? "после ухода" : "after the client left", text, StringComparison.Ordinal);

        Slide slide = modelSlide;
        GroupedBarChartSpec calibration = Assert.Single(slide.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<GroupedBarChartSpec>());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], calibration.Categories);
        Assert.Equal(2, calibration.Series.Length);
        Assert.All(calibration.Series.SelectMany(s => s.Values), v => Assert.InRange(v, 0, 1));
        Assert.Contains(ru ? "Прогноз и факт по децилям риска" : "Predicted vs observed churn by risk decile", text, StringComparison.Ordinal);
        if (data == "real")
        {
            // Issue 15: every decile within 0.03 of the observed churn share on the real table; AUC at least 0.88.
            for (int d = 0; d < 10; d++)
                Assert.InRange(calibration.Series[0].Values[d] - calibration.Series[1].Values[d], -0.03, 0.03);
            Assert.True(value >= 0.88, $"AUC {value}");
        }

        BarChartSpec importance = Assert.Single(slide.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<BarChartSpec>());
        Assert.True(importance.Bars.Length >= 3);
        Assert.All(importance.Bars, bar => Assert.Contains(bar.Label, text, StringComparison.Ordinal));
        double[] drops = [.. importance.Bars.Select(b => b.Value)];
        Assert.Equal(drops.OrderDescending(), drops);
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void PlanSlide_ReadsBack_ClientsControlCostSavedValueAndCampaigns(string data, string language)
    {
        Report report = DeckReports.Require(data, language);
        bool ru = language == "ru";
        string text = PageOf(report, SlideKinds.Plan);
        Slide slide = report.Slides.Single(s => s.Kind == SlideKinds.Plan);

        KeyFiguresBlock figures = Assert.Single(slide.Blocks.OfType<KeyFiguresBlock>());
        string[] labels = ru
            ? ["Связаться с клиентами", "Контрольная группа", "Стоимость контактов", "Ожидаемо сохранить"]
            : ["Clients to contact", "Control group", "Contact cost", "Expected saved value"];
        Assert.Equal(labels, figures.Figures.Select(f => f.Label));
        foreach (string label in labels)
            Assert.Contains(label, text, StringComparison.Ordinal);
        var cells = CellText.For(language);
        foreach (KeyFigure figure in figures.Figures)
            Assert.Contains(cells.Format(figure.Value, figure.Format).Replace('\u00A0', ' ').Replace('\u202F', ' '), text, StringComparison.Ordinal);
        double treated = figures.Figures[0].Value.Number, control = figures.Figures[1].Value.Number;
        Assert.True(treated > 0);
        Assert.True(control > 0 && control < treated, $"control {control} of {treated}");

        Table table = Assert.Single(slide.Blocks.OfType<TableBlock>()).Table;
        Assert.Equal(ru ? "Кампания" : "Campaign", table.Columns[0].Header);
        Assert.All(table.Rows, row => Assert.DoesNotMatch(@"^(found_|[a-z0-9_]+$)", row[0].Text!));
        // The table's rows sum to the key figures: clients to contact and control.
        Assert.Equal(treated, table.Rows.Sum(r => r[1].Number));
        Assert.Equal(control, table.Rows.Sum(r => r[2].Number));
        string first = table.Rows[0][0].Text!;
        Assert.Contains(first.Length > 30 ? first[..30] : first, text, StringComparison.Ordinal);
        Assert.Matches(ru ? @"^Связаться с [\d ]+ клиент" : @"^Contact [\d,]+ client", slide.Title.Replace('\u00A0', ' '));
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public void Drivers_SummaryModelCorrelationsAndPhiK_NameTheModelsTopThree(string data, string language)
    {
        Report report = DeckReports.Require(data, language);
        Slide model = report.Slides.Single(s => s.Kind == SlideKinds.Model);
        BarChartSpec importance = model.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<BarChartSpec>().Single();
        string[] top = [.. importance.Bars.Take(3).Select(b => b.Label.ToLower(CultureInfo.GetCultureInfo(language == "ru" ? "ru-RU" : "en-US")))];

        string summary = string.Join(' ', report.Slides.Single(s => s.Kind == SlideKinds.Summary).Blocks.OfType<TextBlock>().SelectMany(b => b.Items));
        Slide phik = report.Slides.Single(s => s.Kind == SlideKinds.PhiK);
        Slide correlations = report.Slides.Single(s => s.Kind == SlideKinds.Correlations);
        foreach (string column in top)
        {
            Assert.Contains(column, summary, StringComparison.Ordinal);
            Assert.Contains(column, phik.Title, StringComparison.Ordinal);
            Assert.Contains(column, correlations.Title, StringComparison.Ordinal);
        }

        // The univariate charts follow the model's order and colour its top three.
        string[] order = [.. importance.Bars.Select(b => b.Label)];
        BarChartSpec phikBars = phik.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<BarChartSpec>().Single();
        Assert.Equal(order, phikBars.Bars.Select(b => b.Label).Where(order.Contains));
        Assert.Equal(order.Take(3), phikBars.Bars.Where(b => b.Highlight).Select(b => b.Label));
        string[] correlated = [.. correlations.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<BarChartSpec>().Single().Bars.Select(b => b.Label)];
        Assert.Equal(order.Where(correlated.Contains), correlated.Where(order.Contains));
        Assert.Equal(order.Take(3).Where(correlated.Contains),
            correlations.Blocks.OfType<ChartBlock>().Select(b => b.Chart).OfType<BarChartSpec>().Single().Bars.Where(b => b.Highlight).Select(b => b.Label));
    }

    /// <summary>The words of the (first) page of the slide of <paramref name="kind"/>, read back from the written PDF.</summary>
    private static string PageOf(Report report, string kind)
    {
        ImmutableArray<Slide> pages = SlidePages.Of(report, DeckReports.Context(report.Meta));
        int page = pages.IndexOf(pages.First(p => p.Kind == kind)) + 1;
        string path = PdfRender.WriteTemp(report);
        try
        {
            return Regex.Replace(PdfRender.PageText(path, page), @"\s+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Parse(string number) => double.Parse(number.Replace(',', '.'), CultureInfo.InvariantCulture);
}
