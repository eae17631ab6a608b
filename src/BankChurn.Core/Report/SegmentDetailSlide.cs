using System.Collections.Immutable;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>A slide for one priority segment: its figures, its rule and its recommended actions.</summary>
internal static class SegmentDetailSlide
{
    /// <summary>Rows of the "what sets it apart" table: enough to portray the segment, few enough to read at a glance.</summary>
    private const int DistinguishingRows = 5;

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
                ? new(w.Say("Ушедших сверх среднего", "Churners above average"), Math.Round(f.ExcessChurners), CellFormat.Integer, w.Say($"из {w.Integer(f.Churned)} ушедших — {w.Percent(f.ChurnerCoverage)} всех", $"of {w.Integer(f.Churned)} churned, {w.Percent(f.ChurnerCoverage)} of all"))
                : new(w.Say("Средняя ценность", "Average value"), f.AvgValue, CellFormat.Money, w.Say("в год", "a year")),
            new(w.Say("Текущих клиентов", "Current clients"), f.CurrentClients, CellFormat.Integer, w.Say($"под риском {w.ReadableMoney(f.ValueAtRisk)} в год", $"{w.ReadableMoney(f.ValueAtRisk)} a year at risk")),
        ];
        ImmutableArray<ColumnComparison> apart = segment.Profile?.Distinguishing(DistinguishingRows) ?? [];
        SlideBlock[] blocks = apart.IsEmpty
            ? [new KeyFiguresBlock([.. figures])]
            : [new KeyFiguresBlock([.. figures]), new TableBlock(Apart(apart, w))];
        ViewModel model = n.Model()
            .Child("segment", Figures(segment, w))
            .List("apart", apart.Select(c => new ViewModel(w)
                .Text("label", ComparisonText.Label(c, w))
                .Text("segment_text", ComparisonText.Value(c, c.First, w))
                .Text("rest_text", ComparisonText.Value(c, c.Second, w))));
        return n.Slide(SlideKinds.SegmentDetail, model, blocks);
    }

    /// <summary>
    /// What sets the segment's clients apart beyond its rule: the columns whose mean or share differs most from the rest
    /// of the base, in units of the column's spread (<see cref="SegmentProfile.Distinguishing"/>).
    /// </summary>
    private static Table Apart(ImmutableArray<ColumnComparison> apart, Wording w) => new(
        [
            new(w.Say("Чем отличается", "What sets it apart")),
            new(w.Say("В сегменте", "Segment"), CellFormat.Decimal),
            new(w.Say("Остальные", "Rest of base"), CellFormat.Decimal),
        ],
        [.. apart.Select(c => ImmutableArray.Create<Cell>(ComparisonText.Label(c, w), ComparisonText.CellOf(c, c.First), ComparisonText.CellOf(c, c.Second)))]);

    /// <summary>A segment's name, rule, source, actions and figures, as the segment slides' templates see them.</summary>
    internal static ViewModel Figures(Segment segment, Wording w)
    {
        SegmentFigures f = segment.Figures;
        return new ViewModel(w)
            .Text("name", segment.NameIn(w.IsRussian))
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
            .Flag("ratio_allowed", ColumnPhrases.RatioAllowed(f.Clients))
            .Count("current_clients", f.CurrentClients)
            .Share("churner_coverage", f.ChurnerCoverage)
            .Money("avg_value", f.AvgValue)
            .Money("value_lost", f.ValueLost)
            .Money("value_at_risk", f.ValueAtRisk)
            .Count("excess_churners", (long)Math.Round(f.ExcessChurners))
            .PValue("p_adjusted", f.PAdjusted)
            .Child("holdout", segment.Holdout is not { } h ? null : new ViewModel(w)
                .Count("clients", h.Clients)
                .Share("rate", h.Rate)
                .Share("base_rate", h.BaseRate)
                .Number("lift", h.Lift)
                .PValue("p_adjusted", h.PAdjusted))
            .Words("actions", segment.Actions);
    }

    /// <summary>Several segments' figures taken together, every client once (<see cref="SegmentFindings.UnionOf"/>).</summary>
    internal static ViewModel Together(SegmentFigures f, int segments, Wording w) => new ViewModel(w)
        .Count("segments", segments)
        .Count("clients", f.Clients)
        .Share("share_of_base", f.ShareOfBase)
        .Count("churned", f.Churned)
        .Share("rate", f.Rate)
        .Count("current_clients", f.CurrentClients)
        .Count("excess_churners", (long)Math.Round(f.ExcessChurners))
        .Money("value_lost", f.ValueLost)
        .Money("value_at_risk", f.ValueAtRisk);
}
