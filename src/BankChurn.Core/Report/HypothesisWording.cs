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
        string figures = w.Say($"«{nameA}» — {a}, «{nameB}» — {b}", $"“{nameA}” {a}, “{nameB}” {b}");
        string minimum = w.Number(r.MinEffect);
        return r.Verdict switch
        {
            Verdict.Confirmed => w.Say(
                $"Подтверждена ({p}): {figures}; выше у группы «{higher}», {EffectText(r, w)}.",
                $"Confirmed ({p}): {figures}; higher for “{higher}”, {EffectText(r, w)}."),
            Verdict.Opposite => w.Say(
                $"Опровергнута — верно обратное ({p}): {figures}; выше у группы «{higher}», {EffectText(r, w)}.",
                $"Refuted: the opposite holds ({p}): {figures}; higher for “{higher}”, {EffectText(r, w)}."),
            Verdict.Negligible => w.Say(
                $"Различие есть, но несущественно ({p}): {figures}; {EffectText(r, w)}, меньше порога {minimum}.",
                $"A difference, but negligible ({p}): {figures}; {EffectText(r, w)}, below the minimum of {minimum}."),
            _ => w.Say(
                $"Не подтверждена: различие не показано ({p}): {figures}.",
                $"Not shown: no difference found ({p}): {figures}."),
        };
    }

    /// <summary>The verdict in one or two words, for tables.</summary>
    public static string VerdictName(Verdict verdict, Wording w) => verdict switch
    {
        Verdict.Confirmed => w.Say("подтверждена", "confirmed"),
        Verdict.Opposite => w.Say("верно обратное", "opposite"),
        Verdict.Negligible => w.Say("несущественно", "negligible"),
        _ => w.Say("не показана", "not shown"),
    };

    /// <summary>
    /// What the hypotheses found, one part per verdict that occurs, in the order confirmed, opposite, negligible, not
    /// shown: "1 подтверждена; 1 опровергнута — верно обратное; 2 несущественны".
    /// </summary>
    public static string Tally(IReadOnlyCollection<HypothesisResult> results, Wording w)
    {
        int Of(Verdict v) => results.Count(r => r.Verdict == v);
        var parts = new List<string>();
        if (Of(Verdict.Confirmed) is > 0 and var confirmed)
            parts.Add(w.Count(confirmed, "подтверждена", "подтверждены", "подтверждены", "confirmed", "confirmed"));
        if (Of(Verdict.Opposite) is > 0 and var opposite)
            parts.Add(w.Count(opposite, "опровергнута — верно обратное", "опровергнуты — верно обратное", "опровергнуты — верно обратное",
                "refuted: the opposite holds", "refuted: the opposite holds"));
        if (Of(Verdict.Negligible) is > 0 and var negligible)
            parts.Add(w.Count(negligible, "несущественна", "несущественны", "несущественны", "negligible", "negligible"));
        if (Of(Verdict.NotShown) is > 0 and var notShown)
            parts.Add(w.Count(notShown, "не показана", "не показаны", "не показаны", "not shown", "not shown"));
        return string.Join("; ", parts);
    }

    /// <summary>The snake_case name results.json uses.</summary>
    public static string VerdictKey(Verdict verdict) => verdict switch
    {
        Verdict.Confirmed => "confirmed",
        Verdict.Opposite => "opposite",
        Verdict.Negligible => "negligible",
        _ => "not_shown",
    };

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
            "difference_of_shares" => w.Say($"разница {w.Percent(r.Effect)} (95 % ДИ {w.Percent(r.EffectConfidence.Low)} … {w.Percent(r.EffectConfidence.High)}), h Коэна {w.Number(Math.Round(r.StandardizedEffect, 2))}",
                                            $"difference {w.Percent(r.Effect)} (95% CI {w.Percent(r.EffectConfidence.Low)} … {w.Percent(r.EffectConfidence.High)}), Cohen's h {w.Number(Math.Round(r.StandardizedEffect, 2))}"),
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
