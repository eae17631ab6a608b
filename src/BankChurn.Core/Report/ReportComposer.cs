using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Report;

/// <summary>Turns the findings into the report's slides and sheets: what to show, in the report's language.</summary>
public static class ReportComposer
{
    public static Report Compose(ChurnFindings findings, ReportSettings settings, RunInfo run)
    {
        var wording = Wording.For(settings.Report.Language);
        string period = wording.Period(settings.Report.Period);
        string title = wording.Say($"Отток клиентов: отчёт за {period}", $"Customer churn: report for {period}");
        var meta = ReportMeta.From(settings, title) with { Period = period };

        IEnumerable<Slide> composed =
        [
            TitleSlide.Compose(findings, wording, title),
            DataQualitySlide.Compose(findings.Quality, wording),
            ChurnOverviewSlide.Compose(findings, wording),
            CategoricalDriversSlide.Compose(findings, wording),
            ContinuousDriversSlide.Compose(findings, settings.Analysis.ProneAlpha, wording),
            .. OptionalSlide(DistributionsSlide.Compose(findings, wording)),
            PortraitSlide.Compose(findings.Portraits, wording),
            CorrelationsSlide.Compose(findings.Correlations, findings.Overall.Churned, wording),
            PhiKSlide.Compose(findings.Correlations, findings.Overall.Churned, wording),
            ValueSlide.Compose(findings.Value, settings.Value.DescriptionFor(settings.Report.Language), wording),
            HypothesesSlide.Compose(findings.Hypotheses, wording),
            .. OptionalSlide(SegmentRankingSlide.Compose(findings.Segments, Segments.SegmentGoal.Retention, findings.Overall.Rate, wording)),
            .. OptionalSlide(SegmentRankingSlide.Compose(findings.Segments, Segments.SegmentGoal.Acquisition, findings.Overall.Rate, wording)),
            .. findings.Segments.Segments
                .Where(s => s.Figures.Priority >= 1 && s.Figures.Priority <= settings.Segments.DetailSlides)
                .Select(s => SegmentDetailSlide.Compose(s, wording)),
            .. OptionalSlide(MonthOverMonthSlide.Compose(findings.Changes, wording)),
        ];
        // The config decides which slides the deck shows and in which order.
        ImmutableArray<Slide> slides = DeckOrder.Apply(composed, settings.Deck.Slides);
        ImmutableArray<Sheet> sheets =
        [
            SegmentsSheet.Compose(findings.Segments, wording),
            .. OptionalSheet(ClientListSheets.Clients(findings.Segments, settings.Segments.ClientListColumns, wording)),
            .. OptionalSheet(ClientListSheets.Campaign(findings.Segments, settings.Segments.ClientListColumns, wording)),
            ChurnByFeatureSheet.Compose(findings.ByFeature, wording),
            DriversSheet.Compose(findings.Drivers, wording),
            PortraitsSheet.Compose(findings.Portraits, wording),
            ValueSheet.Compose(findings.Value, settings.Value.DescriptionFor(settings.Report.Language), wording),
            CorrelationsSheet.Compose(findings.Correlations, wording),
            PhiKSheet.Compose(findings.Correlations, wording),
            HypothesesSheet.Compose(findings.Hypotheses, wording),
            DataQualitySheet.Compose(findings.Quality, wording),
            RunParametersSheet.Compose(findings.Quality, run, wording),
            .. ChangesSheets.Compose(findings.Changes, wording),
        ];
        return new Report(meta, slides, sheets);
    }

    private static IEnumerable<Sheet> OptionalSheet(Sheet? sheet) => sheet is null ? [] : [sheet];

    private static IEnumerable<Slide> OptionalSlide(Slide? slide) => slide is null ? [] : [slide];
}
