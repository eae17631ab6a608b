using BankChurn.Core.Analysis;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>The summary after the title: the month's headline findings, each from another block of the analysis.</summary>
internal static class SummarySlide
{
    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        Segment? retention = findings.Segments.Segments
            .Where(s => s.Goal == SegmentGoal.Retention && s.Figures.Priority >= 1)
            .MinBy(s => s.Figures.Priority);
        Segment? acquisition = findings.Segments.Segments
            .Where(s => s.Goal == SegmentGoal.Acquisition && s.Figures.Priority >= 1)
            .MinBy(s => s.Figures.Priority);
        var value = findings.Value;
        ViewModel model = n.Model()
            .Child("contrast", ChurnOverviewSlide.Contrast(findings, n))
            .Words("drivers", findings.Correlations.Ranking.Take(3).Select(r => ColumnNames.Of(r.Column, w)))
            .Child("retention_segment", retention is null ? null : SegmentDetailSlide.Figures(retention, w))
            .Child("acquisition_segment", acquisition is null ? null : SegmentDetailSlide.Figures(acquisition, w))
            .Child("value", new ViewModel(w)
                .Money("total", value.Total)
                .Money("lost", value.Lost)
                .Share("lost_share", value.LostShare)
                .Money("at_risk", value.AtRisk)
                .Share("at_risk_share", value.AtRiskShare))
            .Count("hypotheses", findings.Hypotheses.Length)
            .Count("hypotheses_confirmed", findings.Hypotheses.Count(h => h.Verdict == Analysis.Hypotheses.Verdict.Confirmed))
            .Text("hypotheses_tally", HypothesisWording.Tally(findings.Hypotheses, w));
        return n.Slide(SlideKinds.Summary, model, []);
    }
}
