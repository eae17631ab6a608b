using System.Collections.Immutable;
using BankChurn.Core.Analysis.Portraits;

namespace BankChurn.Core.Report;

/// <summary>Portraits: churned and retained clients side by side, one row per column, and the two one-sentence portraits.</summary>
internal static class PortraitSlide
{
    /// <summary>The title keeps the sentence to gender, age and this many of the strongest traits, so it fits two lines.</summary>
    private const int TitleParts = 3;

    public static Slide Compose(PortraitFindings portraits, Wording w)
    {
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
        ImmutableArray<string> text =
        [
            sentences.Churned + ".",
            sentences.Retained + ".",
            w.Say("Разница — (ушедшие − оставшиеся) / оставшиеся. Для признаков со значениями показано то, что сильнее всего отличает ушедших; остальные доли — на листе «Портреты».",
                  "Difference is (churned − retained) / retained. For categorical features the value that most sets churned clients apart is shown; all shares are on the “Portraits” sheet."),
        ];
        return new Slide(SlideKinds.Portraits, PortraitSentences.Of(portraits, w, TitleParts).Churned, null,
            [new TableBlock(table), new TextBlock(text, Bullets: true, Heading: w.Say("Портреты", "Portraits"))]);
    }
}
