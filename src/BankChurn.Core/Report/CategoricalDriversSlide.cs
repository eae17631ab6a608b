using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;

namespace BankChurn.Core.Report;

/// <summary>Categorical drivers: the levels, across every categorical column, where churn is furthest above average.</summary>
internal static class CategoricalDriversSlide
{
    /// <summary>The PDF table shows this many rows; the workbook sheet has them all.</summary>
    private const int Rows = 12;

    public static Slide Compose(ChurnFindings findings, Wording w)
    {
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
                new(w.Say("95 % ДИ", "95% CI")),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
            ],
            [
                .. levels.Select(x => ImmutableArray.Create<Cell>(
                    ColumnNames.Of(x.Feature.Column, w),
                    ColumnPhrases.Label(x.Feature.Column, x.Level.Level, false, w),
                    x.Level.Churn.Clients,
                    x.Level.Churn.Rate,
                    $"{w.Percent(x.Level.Churn.Confidence.Low)} – {w.Percent(x.Level.Churn.Confidence.High)}",
                    Cell.OfOptional(x.Level.Lift))),
            ]);
        ImmutableArray<string> notes =
        [
            w.Say($"Строки — значения признаков с наибольшей долей оттока (группы от 30 клиентов и 1 % базы); средняя доля — {w.Percent(overall.Rate)}.",
                  $"Rows are the feature values with the highest churn share (groups of at least 30 clients and 1% of the base); the average is {w.Percent(overall.Rate)}."),
            w.Say("«К среднему» — во сколько раз доля оттока группы выше средней; все значения — на листе «Отток по признакам».",
                  "Lift is the group's churn share over the average; every value is on the “Churn by feature” sheet."),
        ];
        string title = levels.Count == 0 || overall.Churned == 0
            ? w.Say("Доля оттока по значениям признаков", "Churn share by feature value")
            : Headline(levels[0].Feature, levels[0].Level, w);
        return new Slide(SlideKinds.CategoricalDrivers, title, null, [new TableBlock(table), new TextBlock(notes, Bullets: true)]);
    }

    private static string Headline(FeatureChurn feature, FeatureLevel level, Wording w)
    {
        string who = ColumnPhrases.Who(feature.Column, level.Level, false, w);
        string lift = level.Lift is { } l ? w.Say($", {w.Times(l)} выше среднего", $", {w.Times(l)} the average") : "";
        return w.Say($"Чаще всего уходят {who}: {w.Percent(level.Churn.Rate)}{lift}",
                     $"{ChurnOverviewSlide.Capitalise(who)} churn most: {w.Percent(level.Churn.Rate)}{lift}");
    }
}
