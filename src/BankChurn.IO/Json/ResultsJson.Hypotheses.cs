using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "hypotheses": one object per configured hypothesis, in config order.</summary>
public static partial class ResultsJson
{
    private static void WriteHypotheses(Utf8JsonWriter json, ImmutableArray<HypothesisResult> results, Wording wording)
    {
        json.WriteStartArray("hypotheses");
        foreach (HypothesisResult r in results)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Hypothesis.Id);
            json.WriteString("title", r.Hypothesis.Title);
            json.WriteString("metric", r.Hypothesis.Metric.Text);
            json.WriteString("group_a", r.Hypothesis.GroupA.Rule.Text);
            json.WriteString("group_b", r.Hypothesis.GroupB.Rule.Text);
            json.WriteString("test", TestName(r.TestUsed));
            json.WriteString("test_requested", TestName(r.Hypothesis.Test));
            json.WriteString("test_reason", r.TestReason);
            json.WriteBoolean("is_share", r.IsShare);
            json.WriteNumber("n_a", r.NA);
            json.WriteNumber("n_b", r.NB);
            Number(json, "estimate_a", r.EstimateA);
            Number(json, "estimate_b", r.EstimateB);
            Number(json, "median_a", r.MedianA);
            Number(json, "median_b", r.MedianB);
            Number(json, "statistic", r.Statistic);
            Number(json, "p_value", r.PValue);
            Number(json, "p_adjusted", r.PAdjusted);
            Number(json, "alpha", r.Hypothesis.Alpha);
            json.WriteString("effect_kind", r.EffectKind);
            Number(json, "effect_size", r.Effect);
            Number(json, "effect_ci_low", r.EffectConfidence.Low);
            Number(json, "effect_ci_high", r.EffectConfidence.High);
            json.WriteBoolean("testable", r.Degeneracy == Core.Analysis.Statistics.Degeneracy.None);
            json.WriteBoolean("reject", r.Reject);
            json.WriteString("direction", r.Hypothesis.Direction switch
            {
                HypothesisDirection.AGreater => "a_greater",
                HypothesisDirection.ALess => "a_less",
                _ => "two_sided",
            });
            json.WriteString("standardized_effect_kind", r.StandardizedKind);
            Number(json, "standardized_effect", r.StandardizedEffect);
            Number(json, "min_effect", r.MinEffect);
            json.WriteString("verdict", HypothesisWording.VerdictKey(r.Verdict));
            json.WriteString("conclusion", HypothesisWording.Conclusion(r, wording));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string TestName(HypothesisTest test) => test switch
    {
        HypothesisTest.Auto => "auto",
        HypothesisTest.WelchT => "welch_t",
        HypothesisTest.MannWhitney => "mann_whitney",
        HypothesisTest.ChiSquare => "chi2",
        _ => "two_proportion_z",
    };
}
