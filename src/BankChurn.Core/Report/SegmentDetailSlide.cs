using System.Collections.Immutable;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>A slide for one priority segment: its figures, its rule and its recommended actions.</summary>
internal static class SegmentDetailSlide
{
    public static Slide Compose(Segment segment, Wording w)
    {
        SegmentFigures f = segment.Figures;
        string name = w.IsRussian ? segment.Name : segment.EnglishName;
        bool retention = segment.Goal == SegmentGoal.Retention;
        string title = w.Say(
            $"{name}: {w.Count(f.Clients, "клиент", "клиента", "клиентов", "", "")}, отток {w.Percent(f.Rate)} — {w.Times(Math.Max(f.Lift, 0))} к среднему",
            $"{name}: {w.Integer(f.Clients)} clients, churn {w.Percent(f.Rate)}, {w.Times(Math.Max(f.Lift, 0))} the average");
        KeyFigure[] figures =
        [
            new(w.Say("Клиентов", "Clients"), f.Clients, CellFormat.Integer, w.Say($"{w.Percent(f.ShareOfBase)} базы", $"{w.Percent(f.ShareOfBase)} of the base")),
            new(w.Say("Доля оттока", "Churn share"), f.Rate, CellFormat.Percent, $"95 %: {w.Percent(f.Confidence.Low)} – {w.Percent(f.Confidence.High)}"),
            retention
                ? new(w.Say("Ушедших сверх среднего", "Churners above average"), Math.Round(f.ExcessChurners), CellFormat.Integer, w.Say($"{w.Percent(f.ChurnerCoverage)} всех ушедших", $"{w.Percent(f.ChurnerCoverage)} of all churners"))
                : new(w.Say("Средняя ценность", "Average value"), f.AvgValue, CellFormat.Money, w.Say("в год", "a year")),
            new(w.Say("Текущих клиентов", "Current clients"), f.CurrentClients, CellFormat.Integer, w.Say($"ценность под риском {w.ReadableMoney(f.ValueAtRisk)}", $"value at risk {w.ReadableMoney(f.ValueAtRisk)}")),
        ];
        ImmutableArray<string> actions = segment.Actions.IsEmpty
            ? [w.Say("Нужна рекомендация: в каталоге действий нет подходящего пункта", "Needs a recommendation: nothing in the action catalogue fits")]
            : segment.Actions;
        var about = ImmutableArray.Create(
            w.Say($"Правило: {segment.Rule}", $"Rule: {segment.Rule}"),
            w.Say(segment.Source == SegmentSource.Config ? "Сегмент задан в конфигурации" : "Сегмент найден автоматически", segment.Source == SegmentSource.Config ? "Defined in the config" : "Found in the data"),
            w.Say($"Отличие от остальной базы: {w.PValue(f.PAdjusted).Replace("p", "p (Холм)", StringComparison.Ordinal)}", $"Difference from the rest of the base: {w.PValue(f.PAdjusted).Replace("p", "p (Holm)", StringComparison.Ordinal)}"));
        return new Slide("segment_detail", title, null,
        [
            new KeyFiguresBlock([.. figures]),
            new TextBlock(actions, Bullets: true, Heading: w.Say("Что предложить", "Recommended actions")),
            new TextBlock(about, Bullets: true, Heading: w.Say("О сегменте", "About the segment")),
        ]);
    }
}
