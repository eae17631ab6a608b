using System.Collections.Immutable;
using BankChurn.Core.Analysis.Hypotheses;

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
        var table = new Table(
            [
                new(w.Say("Гипотеза", "Hypothesis")),
                new(w.Say("Тест", "Test")),
                new(w.Say("Группа A", "Group A")),
                new(w.Say("Группа B", "Group B")),
                new(w.Say("p (Холм)", "p (Holm)")),
                new(w.Say("Подтверждена", "Holds")),
            ],
            [.. results.Select(r => ImmutableArray.Create<Cell>(
                r.Hypothesis.Title,
                HypothesisWording.TestName(r.TestUsed, w),
                HypothesisWording.Estimate(r, r.EstimateA, r.MedianA, w),
                HypothesisWording.Estimate(r, r.EstimateB, r.MedianB, w),
                w.PValue(r.PAdjusted),
                r.Reject ? w.Say("да", "yes") : w.Say("нет", "no")))]);
        ImmutableArray<string> conclusions = [.. results.Select(r => $"{r.Hypothesis.Title}. {HypothesisWording.Conclusion(r, w)}")];
        return new Slide("hypotheses", title, null,
            [new TableBlock(table), new TextBlock(conclusions, Bullets: true, Heading: w.Say("Выводы", "Conclusions"))]);
    }
}
