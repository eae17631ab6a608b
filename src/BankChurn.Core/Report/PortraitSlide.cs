using System.Collections.Immutable;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>Portraits: churned and retained clients side by side, one row per column, and the two one-sentence portraits.</summary>
internal static class PortraitSlide
{
    /// <summary>The title keeps the sentence to gender, age and this many of the strongest traits, so it fits two lines.</summary>
    private const int TitleParts = 3;

    public static Slide Compose(PortraitFindings portraits, Narration n)
    {
        Wording w = n.W;
        PortraitSentences sentences = PortraitSentences.Of(portraits, w);
        var rows = new List<ImmutableArray<Cell>>();
        foreach (NumericPortrait column in portraits.Numeric)
        {
            string Mean(Analysis.Drivers.NumericSummary? s) =>
                s is null ? "" : ColumnPhrases.IsMoney(column.Column) ? w.ReadableMoney(s.Mean) : w.Number(Math.Round(s.Mean, 1));
            rows.Add([
                ColumnNames.Of(column.Column, w) + w.Say(", среднее", ", mean"),
                Mean(column.Churned),
                Mean(column.Retained),
                column.RelativeDifference is { } d ? Cell.Of(d) : Cell.Empty,
            ]);
        }
        foreach (LevelPortrait column in portraits.Levels)
        {
            // The level that most sets churned clients apart (largest gap in share points), with its share in both groups:
            // the largest ratio would pick tiny levels (9 equity points: 0,4 % against 0,1 %).
            PortraitLevel? level = column.Levels.Where(l => !l.IsMissing).MaxBy(l => l.ChurnedShare - l.RetainedShare) ?? column.ChurnedMode;
            if (level is null)
                continue;
            string label = ColumnPhrases.Label(column.Column, level.Level, level.IsMissing, w);
            rows.Add([
                $"{ColumnNames.Of(column.Column, w)}: {label}, {w.Say("доля", "share")}",
                w.Percent(level.ChurnedShare),
                w.Percent(level.RetainedShare),
                level.RetainedShare > 0 ? Cell.Of((level.ChurnedShare - level.RetainedShare) / level.RetainedShare) : Cell.Empty,
            ]);
        }
        var table = new Table(
            [
                new(w.Say("Показатель", "Measure")),
                new(w.Say("Ушедшие", "Churned")),
                new(w.Say("Оставшиеся", "Retained")),
                new(w.Say("Разница", "Difference"), CellFormat.Percent),
            ],
            [.. rows]);
        // The sentences come from PortraitSentences, which results.json shares; the template frames them.
        PortraitSentences brief = PortraitSentences.Of(portraits, w, TitleParts);
        ViewModel model = n.Model()
            .Text("churned_portrait", sentences.Churned)
            .Text("retained_portrait", sentences.Retained)
            .Text("churned_portrait_short", brief.Churned)
            .Count("churned", portraits.Churned)
            .Count("retained", portraits.Retained);
        return n.Slide(SlideKinds.Portraits, model, [new TableBlock(table)]);
    }
}
