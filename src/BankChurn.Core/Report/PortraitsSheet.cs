using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Portraits;

namespace BankChurn.Core.Report;

/// <summary>The workbook's portraits sheet: every statistic and every level share of churned and retained clients side by side.</summary>
internal static class PortraitsSheet
{
    public static Sheet Compose(PortraitFindings portraits, Wording w)
    {
        var rows = new List<ImmutableArray<Cell>>();
        foreach (NumericPortrait column in portraits.Numeric)
        {
            string name = ColumnNames.Of(column.Column, w);
            void Add(string statistic, Func<NumericSummary, double> pick, Cell difference) => rows.Add([
                name, statistic,
                column.Churned is { } c ? pick(c) : Cell.Empty,
                column.Retained is { } r ? pick(r) : Cell.Empty,
                difference]);
            Add(w.Say("среднее", "mean"), s => s.Mean, Cell.OfOptional(column.RelativeDifference));
            Add(w.Say("медиана", "median"), s => s.Median, Cell.Empty);
            Add(w.Say("нижний квартиль", "lower quartile"), s => s.Q1, Cell.Empty);
            Add(w.Say("верхний квартиль", "upper quartile"), s => s.Q3, Cell.Empty);
        }
        foreach (LevelPortrait column in portraits.Levels)
        {
            string name = ColumnNames.Of(column.Column, w);
            foreach (PortraitLevel level in column.Levels)
            {
                string label = ColumnPhrases.Label(column.Column, level.Level, level.IsMissing, w);
                bool modeC = ReferenceEquals(level, column.ChurnedMode), modeR = ReferenceEquals(level, column.RetainedMode);
                string mode = modeC && modeR ? w.Say(" (мода в обеих)", " (mode in both)") : modeC ? w.Say(" (мода у ушедших)", " (churned mode)") : modeR ? w.Say(" (мода у оставшихся)", " (retained mode)") : "";
                rows.Add([name, w.Say($"доля: {label}{mode}", $"share: {label}{mode}"),
                    Cell.Of(level.ChurnedShare).WithFormat(CellFormat.Percent), Cell.Of(level.RetainedShare).WithFormat(CellFormat.Percent),
                    level.RetainedShare > 0 ? Cell.Of((level.ChurnedShare - level.RetainedShare) / level.RetainedShare) : Cell.Empty]);
            }
        }
        PortraitSentences sentences = PortraitSentences.Of(portraits, w);
        rows.Add([w.Say("Портрет", "Portrait"), w.Say("одной фразой", "in one sentence"), sentences.Churned, sentences.Retained, Cell.Empty]);
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Показатель", "Statistic")),
                new(w.Say($"Ушедшие ({w.Integer(portraits.Churned)})", $"Churned ({w.Integer(portraits.Churned)})"), CellFormat.Decimal),
                new(w.Say($"Оставшиеся ({w.Integer(portraits.Retained)})", $"Retained ({w.Integer(portraits.Retained)})"), CellFormat.Decimal),
                new(w.Say("Разница, отн.", "Relative difference"), CellFormat.Percent),
            ],
            [.. rows]);
        return new Sheet(w.Say("Портреты", "Portraits"), null, table);
    }
}
