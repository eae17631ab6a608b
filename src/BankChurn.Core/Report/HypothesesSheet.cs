using System.Collections.Immutable;
using BankChurn.Core.Analysis.Hypotheses;

namespace BankChurn.Core.Report;

/// <summary>The workbook's hypotheses sheet: every figure of every test, as numbers.</summary>
internal static class HypothesesSheet
{
    public static Sheet Compose(ImmutableArray<HypothesisResult> results, Wording w)
    {
        var table = new Table(
            [
                new("id"),
                new(w.Say("Гипотеза", "Hypothesis")),
                new(w.Say("Метрика", "Metric")),
                new(w.Say("Тест", "Test")),
                new(w.Say("Почему этот тест", "Why this test")),
                new(w.Say("Группа A", "Group A")),
                new(w.Say("n A", "n A"), CellFormat.Integer),
                new(w.Say("Оценка A", "Estimate A"), CellFormat.Decimal),
                new(w.Say("Группа B", "Group B")),
                new(w.Say("n B", "n B"), CellFormat.Integer),
                new(w.Say("Оценка B", "Estimate B"), CellFormat.Decimal),
                new(w.Say("Статистика", "Statistic"), CellFormat.Decimal),
                new("p", CellFormat.Scientific),
                new(w.Say("p (Холм)", "p (Holm)"), CellFormat.Scientific),
                new(w.Say("Эффект", "Effect"), CellFormat.Text),
                new(w.Say("Величина эффекта", "Effect size"), CellFormat.Decimal),
                new(w.Say("ДИ 95 %, от", "95% CI low"), CellFormat.Decimal),
                new(w.Say("ДИ 95 %, до", "95% CI high"), CellFormat.Decimal),
                new(w.Say("Стандартизованный эффект", "Standardized effect"), CellFormat.Text),
                new(w.Say("Его величина", "Its size"), CellFormat.Decimal),
                new(w.Say("Минимум", "Minimum"), CellFormat.Decimal),
                new("alpha", CellFormat.Decimal),
                new(w.Say("Направление", "Direction")),
                new(w.Say("Вердикт", "Verdict")),
                new(w.Say("Вывод", "Conclusion")),
            ],
            [.. results.Select(r => ImmutableArray.Create<Cell>(
                r.Hypothesis.Id,
                r.Hypothesis.TitleIn(w.IsRussian),
                r.Hypothesis.Metric.Text,
                HypothesisWording.TestName(r.TestUsed, w),
                r.TestReason,
                r.Hypothesis.GroupA.NameIn(w.IsRussian) + ": " + r.Hypothesis.GroupA.Rule.Text,
                r.NA,
                r.IsShare ? Cell.Of(r.EstimateA).WithFormat(CellFormat.Percent) : r.EstimateA,
                r.Hypothesis.GroupB.NameIn(w.IsRussian) + ": " + r.Hypothesis.GroupB.Rule.Text,
                r.NB,
                r.IsShare ? Cell.Of(r.EstimateB).WithFormat(CellFormat.Percent) : r.EstimateB,
                r.Statistic,
                r.PValue,
                r.PAdjusted,
                r.EffectKind,
                r.Effect,
                r.EffectConfidence.Low,
                r.EffectConfidence.High,
                r.StandardizedKind,
                r.StandardizedEffect,
                r.MinEffect,
                r.Hypothesis.Alpha,
                DirectionName(r.Hypothesis.Direction, w),
                HypothesisWording.VerdictName(r.Verdict, w),
                HypothesisWording.Conclusion(r, w)))]);
        return new Sheet(w.Say("Гипотезы", "Hypotheses"), null, table);
    }

    private static string DirectionName(Settings.HypothesisDirection direction, Wording w) => direction switch
    {
        Settings.HypothesisDirection.AGreater => w.Say("A больше B", "A greater than B"),
        Settings.HypothesisDirection.ALess => w.Say("A меньше B", "A less than B"),
        _ => w.Say("в любую сторону", "either way"),
    };
}
