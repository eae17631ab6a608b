using System.Collections.Immutable;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>One ranking slide per goal: the segments in priority order, as bars and as a table.</summary>
internal static class SegmentRankingSlide
{
    /// <summary>Segments shown on a ranking slide; the workbook lists all of them.</summary>
    private const int Shown = 10;

    public static Slide? Compose(SegmentFindings findings, SegmentGoal goal, double baseRate, Narration n)
    {
        Wording w = n.W;
        ImmutableArray<Segment> ranked = [.. findings.Segments.Where(s => s.Goal == goal).OrderBy(s => s.Figures.Priority).Take(Shown)];
        if (ranked.IsEmpty)
            return null;
        // The shown segments overlap: taken together, each client counts once.
        SegmentFigures? together = ranked.Length > 1 ? findings.UnionOf(ranked) : null;
        bool retention = goal == SegmentGoal.Retention;
        Segment top = ranked[0];
        var chart = new BarChartSpec(
            null,
            [.. ranked.Select(s => new BarItem(s.NameIn(w.IsRussian), s.Figures.Rate, s.Figures.Confidence, Highlight: s.Figures.Priority <= 3))],
            baseRate,
            w.Say("в среднем", "average"),
            ValueAxis.Percent,
            Horizontal: true);
        var table = new Table(
            [
                new("#", CellFormat.Integer),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Отток", "Churn"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
                retention
                    ? new(w.Say("Сверх среднего", "Excess churners"), CellFormat.Integer)
                    : new(w.Say("Ценность", "Avg value"), CellFormat.Money),
                new(w.Say("Источник", "Source")),
            ],
            [.. ranked.Select(s => ImmutableArray.Create<Cell>(
                s.Figures.Priority,
                s.Figures.Clients,
                s.Figures.Rate,
                s.Figures.Lift,
                retention ? Math.Round(s.Figures.ExcessChurners) : s.Figures.AvgValue,
                s.Source == SegmentSource.Config ? w.Say("задан", "defined") : w.Say("найден", "found"))),
             .. together is not { } all ? [] : new[]
             {
                 ImmutableArray.Create<Cell>(
                     Cell.Empty,
                     all.Clients,
                     all.Rate,
                     all.Lift,
                     retention ? Math.Round(all.ExcessChurners) : all.AvgValue,
                     w.Say("все вместе", "all together")),
             }]);
        ViewModel model = n.Model()
            .Child("top", SegmentDetailSlide.Figures(top, w))
            .Child("together", together is null ? null : SegmentDetailSlide.Together(together, ranked.Length, w))
            .List("segments", ranked.Select(s => SegmentDetailSlide.Figures(s, w)));
        return n.Slide(retention ? SlideKinds.SegmentsRetention : SlideKinds.SegmentsAcquisition, model, [new ChartBlock(chart), new TableBlock(table)]);
    }
}
