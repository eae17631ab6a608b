using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Report;

/// <summary>
/// Turns the findings into the report's slides and sheets: what to show, in the report's language. Slides get their
/// words (title, subtitle, narrative) from <paramref name="narrator"/>'s templates; charts, tables and key figures are built here.
/// </summary>
public static class ReportComposer
{
    public static Report Compose(ChurnFindings findings, ReportSettings settings, RunInfo run, ISlideNarrator narrator)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(narrator);
        var wording = Wording.For(settings.Report.Language);
        var n = new Narration(wording, narrator, model => Common(model, findings, settings, run));

        Slide title = TitleSlide.Compose(findings, n);
        var meta = ReportMeta.From(settings, title.Title) with { Period = wording.Period(settings.Report.Period) };
        IEnumerable<Slide> composed =
        [
            title,
            SummarySlide.Compose(findings, n),
            DataQualitySlide.Compose(findings.Quality, n),
            ChurnOverviewSlide.Compose(findings, n),
            CategoricalDriversSlide.Compose(findings, n),
            ContinuousDriversSlide.Compose(findings, settings.Analysis.ProneAlpha, n),
            .. OptionalSlide(DistributionsSlide.Compose(findings, n)),
            PortraitSlide.Compose(findings.Portraits, n),
            CorrelationsSlide.Compose(findings, n),
            PhiKSlide.Compose(findings, n),
            .. OptionalSlide(ModelSlide.Compose(findings, n)),
            ValueSlide.Compose(findings.Value, settings.Value.DescriptionFor(settings.Report.Language), n),
            HypothesesSlide.Compose(findings.Hypotheses, n),
            .. OptionalSlide(SegmentRankingSlide.Compose(findings.Segments, Segments.SegmentGoal.Retention, findings.Overall.Rate, n)),
            .. OptionalSlide(SegmentRankingSlide.Compose(findings.Segments, Segments.SegmentGoal.Acquisition, findings.Overall.Rate, n)),
            .. findings.Segments.Segments
                .Where(s => s.Figures.Priority >= 1 && s.Figures.Priority <= settings.Segments.DetailSlides)
                .Select(s => SegmentDetailSlide.Compose(s, n)),
            .. OptionalSlide(SegmentSubgroupsSlide.Compose(findings.Segments, [.. settings.Segments.Defined.Select(d => d.Id)], n)),
            .. OptionalSlide(PlanSlide.Compose(findings, n)),
            .. OptionalSlide(MonthOverMonthSlide.Compose(findings.Changes, n)),
            MethodologySlide.Compose(findings, settings, run, n),
        ];
        // The config decides which slides the deck shows and in which order.
        ImmutableArray<Slide> slides = DeckOrder.Apply(composed, settings.Deck.Slides);
        ImmutableArray<Sheet> sheets =
        [
            SegmentsSheet.Compose(findings.Segments, wording),
            .. OptionalSheet(ClientListSheets.Clients(findings.Segments, settings.Segments.ClientListColumns, settings.Segments.ClientListMaxRows, wording, findings.Model?.Probability)),
            .. OptionalSheet(CampaignSheets.Clients(findings, settings.Segments.ClientListColumns, settings.Segments.ClientListMaxRows, wording)),
            .. OptionalSheet(CampaignSheets.Summary(findings, wording)),
            .. OptionalSheet(CampaignSheets.CrossSell(findings, settings.Campaign.CrossSell, settings.Segments.ClientListColumns, settings.Segments.ClientListMaxRows, wording)),
            SegmentComparisonSheets.Profiles(findings.Segments, wording),
            .. OptionalSheet(SegmentComparisonSheets.Subgroups(findings.Segments, wording)),
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

    /// <summary>
    /// The variables every template shares: <c>report</c> (bank, period, files), <c>data</c> (rows read, used, left out)
    /// and <c>overall</c> (the base's churn).
    /// </summary>
    internal static ViewModel Common(ViewModel model, ChurnFindings findings, ReportSettings settings, RunInfo run)
    {
        Wording w = model.Wording;
        ChurnRate overall = findings.Overall;
        var quality = findings.Quality;
        return model
            .Child("report", new ViewModel(w)
                .Text("bank_name", settings.Report.BankName)
                .Text("period", w.Period(settings.Report.Period))
                .Text("period_code", settings.Report.Period)
                .Text("language", settings.Report.Language)
                .Text("config_file", FileName(settings.ConfigFile))
                .Text("data_file", run.DataFile)
                .Text("churn_window", settings.Report.ChurnWindowIn(w.IsRussian)))
            .Child("data", new ViewModel(w)
                .Count("rows_read", quality.RowsRead)
                .Count("rows_used", quality.RowsUsed)
                .Count("rows_rejected", quality.RowsRejected)
                .Count("rows_excluded", quality.RowsExcluded + quality.Duplicates.RowsDropped)
                .Count("left_out", quality.RowsRejected + quality.RowsExcluded + quality.Duplicates.RowsDropped))
            .Child("overall", new ViewModel(w)
                .Count("clients", overall.Clients)
                .Count("churned", overall.Churned)
                .Count("retained", overall.Clients - overall.Churned)
                .Share("rate", overall.Rate)
                .Share("rate_low", overall.Confidence.Low)
                .Share("rate_high", overall.Confidence.High)
                .Count("one_in", overall.Rate <= 0 ? 0 : (long)Math.Round(1 / overall.Rate))
                .Flag("nobody_left", overall.Churned == 0));
    }

    // Core has no System.IO.Path in spirit (it reads no files); the name after the last separator is all a reader needs.
    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private static IEnumerable<Slide> OptionalSlide(Slide? slide) => slide is null ? [] : [slide];
}
