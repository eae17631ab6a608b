using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>A slide for one priority segment: its figures, its rule and its recommended actions.</summary>
internal static class SegmentDetailSlide
{
    public static Slide Compose(Segment segment, Narration n)
    {
        Wording w = n.W;
        SegmentFigures f = segment.Figures;
        bool retention = segment.Goal == SegmentGoal.Retention;
        KeyFigure[] figures =
        [
            new(w.Say("Клиентов", "Clients"), f.Clients, CellFormat.Integer, w.Say($"{w.Percent(f.ShareOfBase)} базы", $"{w.Percent(f.ShareOfBase)} of the base")),
            new(w.Say("Доля оттока", "Churn share"), f.Rate, CellFormat.Percent, $"95 %: {w.Percent(f.Confidence.Low)} – {w.Percent(f.Confidence.High)}"),
            retention
                ? new(w.Say("Ушедших сверх среднего", "Churners above average"), Math.Round(f.ExcessChurners), CellFormat.Integer, w.Say($"{w.Percent(f.ChurnerCoverage)} всех ушедших", $"{w.Percent(f.ChurnerCoverage)} of all churners"))
                : new(w.Say("Средняя ценность", "Average value"), f.AvgValue, CellFormat.Money, w.Say("в год", "a year")),
            new(w.Say("Текущих клиентов", "Current clients"), f.CurrentClients, CellFormat.Integer, w.Say($"ценность под риском {w.ReadableMoney(f.ValueAtRisk)}", $"value at risk {w.ReadableMoney(f.ValueAtRisk)}")),
        ];
        return n.Slide(SlideKinds.SegmentDetail, n.Model().Child("segment", Figures(segment, w)), [new KeyFiguresBlock([.. figures])]);
    }

    /// <summary>A segment's name, rule, source, actions and figures, as the segment slides' templates see them.</summary>
    internal static ViewModel Figures(Segment segment, Wording w)
    {
        SegmentFigures f = segment.Figures;
        return new ViewModel(w)
            .Text("name", w.IsRussian ? segment.Name : segment.EnglishName)
            .Text("rule", segment.Rule)
            .Flag("retention", segment.Goal == SegmentGoal.Retention)
            .Flag("defined", segment.Source == SegmentSource.Config)
            .Count("priority", f.Priority)
            .Count("clients", f.Clients)
            .Share("share_of_base", f.ShareOfBase)
            .Count("churned", f.Churned)
            .Share("rate", f.Rate)
            .Share("rate_low", f.Confidence.Low)
            .Share("rate_high", f.Confidence.High)
            .Number("lift", Math.Max(f.Lift, 0))
            .Count("current_clients", f.CurrentClients)
            .Share("churner_coverage", f.ChurnerCoverage)
            .Money("avg_value", f.AvgValue)
            .Money("value_at_risk", f.ValueAtRisk)
            .Count("excess_churners", (long)Math.Round(f.ExcessChurners))
            .PValue("p_adjusted", f.PAdjusted)
            .Words("actions", segment.Actions);
    }
}
