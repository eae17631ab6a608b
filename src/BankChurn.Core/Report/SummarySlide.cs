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
            .Words("drivers", DriverOrder.Columns(findings).Take(3).Select(c => ColumnNames.Of(c, w)))
            .Flag("drivers_from_model", DriverOrder.FromModel(findings))
            .Child("model", findings.Model is not { } fitted ? null : new ViewModel(w)
                .Number("auc", Math.Round(fitted.Auc, 3)).Text("auc_text", ModelSlide.Decimal(fitted.Auc, w))
                .Number("baseline_auc", Math.Round(fitted.BaselineAuc, 3)).Text("baseline_auc_text", ModelSlide.Decimal(fitted.BaselineAuc, w)))
            .Child("plan", findings.Plan is not { Campaigns.IsEmpty: false } plan ? null : new ViewModel(w)
                .Count("treated", plan.Contacted - plan.ControlClients)
                .Count("control", plan.ControlClients)
                .Count("campaigns", plan.Campaigns.Length)
                .Money("cost", plan.Campaigns.Sum(c => c.Cost))
                .Money("expected_saved", plan.Campaigns.Sum(c => c.ExpectedSaved)))
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
