using System.Collections.Immutable;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The hypotheses slide: a table of tests with Holm-adjusted p-values and effects, and one conclusion per hypothesis.</summary>
internal static class HypothesesSlide
{
    public static Slide Compose(ImmutableArray<HypothesisResult> results, Narration n)
    {
        Wording w = n.W;
        var forest = new ForestPlotSpec(
            null,
            [.. results.Select(r => new ForestItem(r.Hypothesis.TitleIn(w.IsRussian), r.Effect, r.EffectConfidence.Low, r.EffectConfidence.High, r.Verdict == Verdict.Confirmed))],
            0,
            w.Say("величина эффекта с 95 % ДИ: d Коэна, ранго-бисериальная r или разница долей", "effect size with 95% CI: Cohen's d, rank-biserial r or difference of shares"));
        // The conclusion sentence is shared with results.json (HypothesisWording), so the template frames it rather than rewording it.
        ViewModel model = n.Model()
            .Count("confirmed", results.Count(r => r.Verdict == Verdict.Confirmed))
            .Count("opposite", results.Count(r => r.Verdict == Verdict.Opposite))
            .Count("negligible", results.Count(r => r.Verdict == Verdict.Negligible))
            .Count("not_shown", results.Count(r => r.Verdict == Verdict.NotShown))
            .Text("tally", HypothesisWording.Tally(results, w))
            .List("hypotheses", results.Select(r => new ViewModel(w)
                .Text("title", r.Hypothesis.TitleIn(w.IsRussian))
                .Text("test", HypothesisWording.TestName(r.TestUsed, w))
                .Flag("confirmed", r.Verdict == Verdict.Confirmed)
                .Text("verdict", HypothesisWording.VerdictKey(r.Verdict))
                .Text("verdict_name", HypothesisWording.VerdictName(r.Verdict, w))
                .PValue("p_adjusted", r.PAdjusted)
                .Text("conclusion", HypothesisWording.Conclusion(r, w))));
        return n.Slide(SlideKinds.Hypotheses, model, [new ChartBlock(forest)]);
    }
}
