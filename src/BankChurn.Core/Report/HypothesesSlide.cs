using System.Collections.Immutable;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Report;

/// <summary>The hypotheses slide: a table of tests with Holm-adjusted p-values and effects, and one conclusion per hypothesis.</summary>
internal static class HypothesesSlide
{
    public static Slide Compose(ImmutableArray<HypothesisResult> results, Wording w)
    {
        int confirmed = results.Count(r => r.Reject);
        string title = results.IsEmpty
            ? w.Say("Гипотезы в конфигурации не заданы", "No hypotheses are configured")
            : w.Say(
                $"Подтверждено {confirmed} из {w.Count(results.Length, "гипотезы", "гипотез", "гипотез", "", "")} с поправкой Холма на множественность",
                $"{confirmed} of {results.Length} {w.Plural(results.Length, "", "", "", "hypothesis holds", "hypotheses hold")} after Holm's correction");
        var forest = new ForestPlotSpec(
            null,
            [.. results.Select(r => new ForestItem(r.Hypothesis.Title, r.Effect, r.EffectConfidence.Low, r.EffectConfidence.High, r.Reject))],
            0,
            w.Say("величина эффекта с 95 % ДИ: d Коэна, ранго-бисериальная r или разница долей", "effect size with 95% CI: Cohen's d, rank-biserial r or difference of shares"));
        ImmutableArray<string> conclusions = [.. results.Select(r => $"{r.Hypothesis.Title} ({HypothesisWording.TestName(r.TestUsed, w)}). {HypothesisWording.Conclusion(r, w)}")];
        return new Slide("hypotheses", title, null,
            [new ChartBlock(forest), new TextBlock(conclusions, Bullets: true, Heading: w.Say("Выводы", "Conclusions"))]);
    }
}
