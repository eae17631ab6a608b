using System.Collections.Immutable;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>The marketing sheet: every segment with its figures, priority, goal and recommended actions; sorted by goal and priority.</summary>
internal static class SegmentsSheet
{
    /// <summary>The columns the chart and the data bars refer to.</summary>
    public const int NameColumn = 3;
    public const int RateColumn = 10;

    public static Sheet Compose(SegmentFindings findings, Wording w)
    {
        var assigned = findings.Assignment.SegmentIds.Select((id, i) => (id, n: findings.Assignment.Assigned[i])).ToDictionary(p => p.id, p => p.n, StringComparer.Ordinal);
        var table = new Table(
            [
                new(w.Say("Цель", "Goal")),
                new(w.Say("Приоритет", "Priority"), CellFormat.Integer),
                new("id"),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Сегмент (англ.)", "Segment (Russian)")),
                new(w.Say("Правило", "Rule")),
                new(w.Say("Источник", "Source")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Доля базы", "Share of base"), CellFormat.Percent),
                new(w.Say("Ушли", "Churned"), CellFormat.Integer),
                new(w.Say("Доля оттока", "Churn share"), CellFormat.Percent),
                new(w.Say("ДИ 95 %, от", "95% CI low"), CellFormat.Percent),
                new(w.Say("ДИ 95 %, до", "95% CI high"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
                new(w.Say("Текущих клиентов", "Current clients"), CellFormat.Integer),
                new(w.Say("В кампании", "In campaign"), CellFormat.Integer),
                new(w.Say("Доля всех ушедших", "Share of all churners"), CellFormat.Percent),
                new(w.Say("Сверх среднего", "Excess churners"), CellFormat.Decimal),
                new(w.Say("Средняя ценность", "Average value"), CellFormat.Money),
                new(w.Say("Ценность ушедших", "Value lost"), CellFormat.Money),
                new(w.Say("Ценность под риском", "Value at risk"), CellFormat.Money),
                new("p", CellFormat.Scientific),
                new(w.Say("p (Холм)", "p (Holm)"), CellFormat.Scientific),
                new(w.Say("Отток на проверочной половине", "Churn share on the holdout"), CellFormat.Percent),
                new(w.Say("К среднему на проверочной половине", "Lift on the holdout"), CellFormat.Decimal),
                new(w.Say("Нужна рекомендация", "Needs a recommendation")),
                new(w.Say("Рекомендации", "Recommended actions")),
            ],
            [.. findings.Segments.Select(s => ImmutableArray.Create<Cell>(
                s.Goal == SegmentGoal.Retention ? w.Say("удержание", "retention") : w.Say("привлечение", "acquisition"),
                s.Figures.Priority,
                s.Id,
                s.NameIn(w.IsRussian),
                w.IsRussian ? s.EnglishName : s.Name,
                s.Rule,
                s.Source == SegmentSource.Config ? w.Say("задан", "defined") : w.Say("найден", "found"),
                s.Figures.Clients,
                s.Figures.ShareOfBase,
                s.Figures.Churned,
                s.Figures.Rate,
                s.Figures.Confidence.Low,
                s.Figures.Confidence.High,
                s.Figures.Lift,
                s.Figures.CurrentClients,
                assigned.GetValueOrDefault(s.Id),
                s.Figures.ChurnerCoverage,
                s.Figures.ExcessChurners,
                s.Figures.AvgValue,
                s.Figures.ValueLost,
                s.Figures.ValueAtRisk,
                s.Figures.PValue,
                s.Figures.PAdjusted,
                s.Holdout is { } h ? h.Rate : Cell.Empty,
                s.Holdout is { } hl ? hl.Lift : Cell.Empty,
                s.NeedsRecommendation ? w.Say("да", "yes") : w.Say("нет", "no"),
                s.Actions.IsEmpty ? w.Say("нужна рекомендация", "needs a recommendation") : string.Join("; ", s.Actions)))]);
        return new Sheet(w.Say("Сегменты", "Segments"), Together(findings, w), table)
        {
            Chart = table.Rows.IsEmpty ? null : new SheetChart(w.Say("Доля оттока по сегментам", "Churn share by segment"), NameColumn, RateColumn),
            DataBarColumn = RateColumn,
        };
    }

    /// <summary>
    /// The title: each goal's segments taken together, every client once. The rows overlap, so a column's sum is not
    /// what the segments hold; this line is.
    /// </summary>
    private static string? Together(SegmentFindings findings, Wording w)
    {
        var parts = new List<string>();
        foreach (SegmentGoal goal in new[] { SegmentGoal.Retention, SegmentGoal.Acquisition })
        {
            Segment[] of = [.. findings.Segments.Where(s => s.Goal == goal)];
            if (of.Length < 2 || findings.UnionOf(of) is not { } all)
                continue;
            string name = goal == SegmentGoal.Retention ? w.Say("удержание", "retention") : w.Say("привлечение", "acquisition");
            parts.Add(w.Say(
                $"{name}: {of.Length} сегментов вместе — {w.Count(all.Clients, "клиент", "клиента", "клиентов", "", "")}, ушли {w.Integer(all.Churned)} ({w.Percent(all.Rate)}), ценность ушедших {w.ReadableMoney(all.ValueLost)}, под риском {w.ReadableMoney(all.ValueAtRisk)}",
                $"{name}: {of.Length} segments together hold {w.Count(all.Clients, "", "", "", "client", "clients")}, {w.Integer(all.Churned)} left ({w.Percent(all.Rate)}), value lost {w.ReadableMoney(all.ValueLost)}, at risk {w.ReadableMoney(all.ValueAtRisk)}"));
        }
        return parts.Count == 0 ? null : w.Say("Без повторов клиентов: ", "Each client once: ") + string.Join("; ", parts);
    }
}
