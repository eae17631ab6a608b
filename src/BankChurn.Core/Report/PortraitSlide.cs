using System.Collections.Immutable;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>Portraits: churned and retained clients side by side, the trait of each column that most sets them apart, and the two one-sentence portraits.</summary>
internal static class PortraitSlide
{
    /// <summary>The title keeps the sentence to gender, age and this many of the strongest traits, so it fits two lines.</summary>
    private const int TitleParts = 3;

    public static Slide Compose(PortraitFindings portraits, Narration n)
    {
        Wording w = n.W;
        PortraitSentences sentences = PortraitSentences.Of(portraits, w);
        // Per categorical column, the level that most sets churned clients apart (largest gap in share points), as a pair
        // of columns: the largest ratio would pick tiny levels (9 equity points: 0,4 % against 0,1 %). The means of the
        // numeric columns are on the drivers slide (as medians) and every figure is on the workbook's portraits sheet.
        var levels = new List<(string Label, double Churned, double Retained)>();
        foreach (LevelPortrait column in portraits.Levels)
        {
            PortraitLevel? level = column.Levels.Where(l => !l.IsMissing).MaxBy(l => l.ChurnedShare - l.RetainedShare) ?? column.ChurnedMode;
            if (level is not null)
                levels.Add(($"{ColumnNames.Short(column.Column, w)}: {ColumnPhrases.Label(column.Column, level.Level, level.IsMissing, w)}", level.ChurnedShare, level.RetainedShare));
        }

        var chart = new GroupedBarChartSpec(
            w.Say("Доля клиентов с признаком", "Share of clients with the trait"),
            [.. levels.Select(l => l.Label)],
            [
                new BarSeries(w.Say("Ушедшие", "Churned"), [.. levels.Select(l => l.Churned)], Highlight: true),
                new BarSeries(w.Say("Оставшиеся", "Retained"), [.. levels.Select(l => l.Retained)]),
            ],
            ValueAxis.Percent);
        // The sentences come from PortraitSentences, which results.json shares; the template frames them.
        PortraitSentences brief = PortraitSentences.Of(portraits, w, TitleParts);
        ViewModel model = n.Model()
            .Text("churned_portrait", sentences.Churned)
            .Text("retained_portrait", sentences.Retained)
            .Text("churned_portrait_short", brief.Churned)
            .Count("churned", portraits.Churned)
            .Count("retained", portraits.Retained);
        return n.Slide(SlideKinds.Portraits, model, [new ChartBlock(chart)]);
    }
}
