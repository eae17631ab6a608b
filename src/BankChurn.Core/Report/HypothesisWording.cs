using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Report;

/// <summary>The plain-language conclusion of a hypothesis, from its figures; neutral about the claim's direction, explicit about the data's.</summary>
public static class HypothesisWording
{
    public static string Conclusion(HypothesisResult r, Wording w)
    {
        HypothesisSettings h = r.Hypothesis;
        string nameA = h.GroupA.NameIn(w.IsRussian), nameB = h.GroupB.NameIn(w.IsRussian);
        if (r.Degeneracy != Degeneracy.None)
            return w.Say(
                $"Проверить нельзя: в группе «{(r.NA < r.NB ? nameA : nameB)}» слишком мало данных или нет разброса.",
                $"Not testable: group “{(r.NA < r.NB ? nameA : nameB)}” has too little data or no spread.");
        string a = Estimate(r, r.EstimateA, r.MedianA, w), b = Estimate(r, r.EstimateB, r.MedianB, w);
        string p = w.PValue(r.PAdjusted).Replace("p ", w.Say("p с поправкой ", "adjusted p "), StringComparison.Ordinal);
        string higher = r.Effect > 0 ? nameA : nameB;
        return r.Reject
            ? w.Say(
                $"Различие подтверждено ({p}): «{nameA}» — {a}, «{nameB}» — {b}; выше у группы «{higher}», {EffectText(r, w)}.",
                $"The difference holds ({p}): “{nameA}” {a}, “{nameB}” {b}; higher for “{higher}”, {EffectText(r, w)}.")
            : w.Say(
                $"Различие не подтверждено ({p}): «{nameA}» — {a}, «{nameB}» — {b}.",
                $"No difference shown ({p}): “{nameA}” {a}, “{nameB}” {b}.");
    }

    /// <summary>The estimate readers compare: a share, a median when ranks were compared, otherwise a mean.</summary>
    public static string Estimate(HypothesisResult r, double mean, double median, Wording w) =>
        r.IsShare ? w.Percent(mean)
        : r.TestUsed == HypothesisTest.MannWhitney ? w.Say($"медиана {w.Number(median)}", $"median {w.Number(median)}")
        : w.Say($"среднее {w.Number(mean)}", $"mean {w.Number(mean)}");

    public static string EffectText(HypothesisResult r, Wording w)
    {
        string ci = $"[{w.Number(Round(r.EffectConfidence.Low, r))}; {w.Number(Round(r.EffectConfidence.High, r))}]";
        return r.EffectKind switch
        {
            "difference_of_shares" => w.Say($"разница {w.Percent(r.Effect)} (95 % ДИ {w.Percent(r.EffectConfidence.Low)} … {w.Percent(r.EffectConfidence.High)})",
                                            $"difference {w.Percent(r.Effect)} (95% CI {w.Percent(r.EffectConfidence.Low)} … {w.Percent(r.EffectConfidence.High)})"),
            "cohens_d" => w.Say($"d Коэна {w.Number(Round(r.Effect, r))} {ci}", $"Cohen's d {w.Number(Round(r.Effect, r))} {ci}"),
            _ => w.Say($"ранго-бисериальная r {w.Number(Round(r.Effect, r))} {ci}", $"rank-biserial r {w.Number(Round(r.Effect, r))} {ci}"),
        };
    }

    public static string TestName(HypothesisTest test, Wording w) => test switch
    {
        HypothesisTest.WelchT => w.Say("t-тест Уэлча", "Welch's t-test"),
        HypothesisTest.MannWhitney => w.Say("U-тест Манна — Уитни", "Mann–Whitney U"),
        HypothesisTest.ChiSquare => w.Say("хи-квадрат", "chi-square"),
        _ => w.Say("z-тест для долей", "two-proportion z-test"),
    };

    private static double Round(double value, HypothesisResult r) => Math.Round(value, r.EffectKind == "difference_of_shares" ? 3 : 2);
}
