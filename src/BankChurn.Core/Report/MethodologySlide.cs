using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Report;

/// <summary>The appendix: where the figures come from (data file, rows used and left out), which tests and settings produced them.</summary>
internal static class MethodologySlide
{
    public static Slide Compose(Analysis.ChurnFindings findings, ReportSettings settings, RunInfo run, Narration n)
    {
        Wording w = n.W;
        Segments.DiscoverySettings discovery = settings.Segments.Discovery;
        ViewModel model = n.Model()
            .Child("run", new ViewModel(w)
                .Text("data_sha256", run.DataSha256.Length > 12 ? run.DataSha256[..12] : run.DataSha256)
                .Text("version", run.ProgramVersion))
            .Child("analysis", new ViewModel(w)
                .Count("quantile_bins", settings.Analysis.QuantileBins)
                .Number("prone_alpha", settings.Analysis.ProneAlpha)
                .Text("kde_bandwidth", settings.Analysis.KdeBandwidth == KdeBandwidthRule.Scott ? "scott" : "silverman")
                .Flag("phik_uniform", settings.Analysis.PhiKBinning == Analysis.PhiK.PhiKBinning.Uniform)
                .Words("categorical", settings.Analysis.Categorical.Select(c => ColumnNames.Of(c, w)))
                .Words("continuous", settings.Analysis.Continuous.Select(c => ColumnNames.Of(c, w)))
                .Count("hypotheses", findings.Hypotheses.Length))
            .Child("segments", new ViewModel(w)
                .Flag("discover", settings.Segments.Discover)
                .Flag("exhaustive", discovery.Mode == Segments.SearchMode.Exhaustive)
                .Count("defined", settings.Segments.Defined.Length)
                .Count("max_conditions", discovery.MaxConditions)
                .Count("min_size", discovery.MinSize)
                .Count("beam_width", discovery.BeamWidth)
                .Count("top_k", discovery.TopK)
                .Share("max_overlap", discovery.MaxOverlap)
                .Number("alpha", discovery.Alpha)
                .Share("holdout_share", discovery.HoldoutShare)
                .Share("max_share", discovery.MaxShare)
                .Count("search_rows", findings.Segments.Discovery.SearchRows)
                .Count("holdout_rows", findings.Segments.Discovery.HoldoutRows)
                .Count("tested", findings.Segments.Discovery.Tested)
                .Count("significant", findings.Segments.Discovery.Significant)
                .Count("detail_slides", settings.Segments.DetailSlides))
            .Child("value", new ViewModel(w).Text("formula", findings.Value.Formula));
        return n.Slide(SlideKinds.Methodology, model, []);
    }
}
