using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>Categorical drivers: the levels, across every categorical column, where churn is furthest above average.</summary>
internal static class CategoricalDriversSlide
{
    /// <summary>The PDF table shows this many rows; the workbook sheet has them all.</summary>
    private const int Rows = 12;

    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        ChurnRate overall = findings.Overall;
        var levels = findings.ByFeature
            .SelectMany(f => f.Levels.Where(l => !l.IsMissing && ColumnPhrases.Headline(l.Churn.Clients, overall.Clients)).Select(l => (Feature: f, Level: l)))
            .OrderByDescending(x => x.Level.Churn.Rate)
            .ThenBy(x => x.Feature.Column, StringComparer.Ordinal)
            .Take(Rows)
            .ToList();
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Значение", "Value")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Отток", "Churn"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
            ],
            [
                .. levels.Select(x => ImmutableArray.Create<Cell>(
                    ColumnNames.Of(x.Feature.Column, w),
                    ColumnPhrases.Label(x.Feature.Column, x.Level.Level, false, w),
                    x.Level.Churn.Clients,
                    x.Level.Churn.Rate,
                    Cell.OfOptional(x.Level.Lift))),
            ]);
        ViewModel? top = levels.Count == 0 || overall.Churned == 0
            ? null
            : new ViewModel(w)
                .Text("column", ColumnNames.Of(levels[0].Feature.Column, w))
                .Text("who", ColumnPhrases.Who(levels[0].Feature.Column, levels[0].Level.Level, false, w))
                .Share("rate", levels[0].Level.Churn.Rate)
                .Count("clients", levels[0].Level.Churn.Clients)
                .Number("lift", levels[0].Level.Lift ?? 0)
                .Flag("has_lift", levels[0].Level.Lift is not null)
                .Flag("ratio_allowed", ColumnPhrases.RatioAllowed(levels[0].Level.Churn.Clients));
        ViewModel model = n.Model().Child("top", top).Count("rows", levels.Count);
        if (levels.Count == 0)
            return n.Slide(SlideKinds.CategoricalDrivers, model, [new TableBlock(table)]);
        // The same rows as bars: a group is drawn in the accent colour when even its interval's lower end is above average.
        var chart = new BarChartSpec(
            null,
            [
                .. levels.Select(x => new BarItem(
                    $"{ColumnNames.Short(x.Feature.Column, w)}: {ColumnPhrases.Label(x.Feature.Column, x.Level.Level, false, w)}",
                    x.Level.Churn.Rate,
                    x.Level.Churn.Confidence,
                    Highlight: overall.Churned > 0 && x.Level.Churn.Confidence.Low > overall.Rate)),
            ],
            overall.Rate,
            w.Say("в среднем", "average"),
            ValueAxis.Percent,
            Horizontal: true);
        return n.Slide(SlideKinds.CategoricalDrivers, model, [new ChartBlock(chart), new TableBlock(table)]);
    }
}
