using System.Collections.Immutable;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// The workbook's comparison sheets: every segment against the rest of the base ("what sets it apart"), and the
/// churned against the current clients of the segments that ask for it (the product segments).
/// </summary>
internal static class SegmentComparisonSheets
{
    public static Sheet Profiles(SegmentFindings findings, Wording w)
    {
        var rows = new List<ImmutableArray<Cell>>();
        foreach (Segment segment in findings.Segments.Where(s => s.Profile is not null))
        {
            SegmentProfile profile = segment.Profile!;
            foreach (ColumnComparison c in profile.Comparison.Columns)
            {
                rows.Add([
                    segment.Id, segment.NameIn(w.IsRussian), ComparisonText.Label(c, w),
                    ComparisonText.CellOf(c, c.First), ComparisonText.CellOf(c, c.Second), Cell.OfOptional(c.Standardized),
                    profile.RuleColumns.Contains(c.Column) ? w.Say("да", "yes") : w.Say("нет", "no"),
                ]);
            }
        }

        var table = new Table(
            [
                new(w.Say("ID сегмента", "Segment id")),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Признак", "Feature")),
                new(w.Say("В сегменте", "In segment"), CellFormat.Decimal),
                new(w.Say("В остальной базе", "Rest of base"), CellFormat.Decimal),
                new(w.Say("Разница в ст. откл.", "Standardized difference"), CellFormat.Decimal),
                new(w.Say("Признак из правила", "In the rule")),
            ],
            [.. rows]);
        return new Sheet(w.Say("Профили сегментов", "Segment profiles"), null, table);
    }

    /// <summary>The churned and current clients of each segment marked compare_subgroups; null when none is.</summary>
    public static Sheet? Subgroups(SegmentFindings findings, Wording w)
    {
        Segment[] segments = [.. findings.Segments.Where(s => s.Subgroups is not null)];
        if (segments.Length == 0)
            return null;
        var rows = new List<ImmutableArray<Cell>>();
        foreach (Segment segment in segments)
        {
            GroupComparison groups = segment.Subgroups!;
            rows.Add([segment.Id, segment.NameIn(w.IsRussian), w.Say("клиентов", "clients"), Cell.Of(groups.First).WithFormat(CellFormat.Integer), Cell.Of(groups.Second).WithFormat(CellFormat.Integer), Cell.Empty, Cell.Empty]);
            foreach (ColumnComparison c in groups.Columns)
            {
                rows.Add([
                    segment.Id, segment.NameIn(w.IsRussian), ComparisonText.Label(c, w),
                    ComparisonText.CellOf(c, c.First), ComparisonText.CellOf(c, c.Second),
                    c.Difference is { } d ? ComparisonText.CellOf(c, d) : Cell.Empty, Cell.OfOptional(c.Standardized),
                ]);
            }
        }

        var table = new Table(
            [
                new(w.Say("ID сегмента", "Segment id")),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Признак", "Feature")),
                new(w.Say("Ушедшие", "Churned"), CellFormat.Decimal),
                new(w.Say("Текущие", "Current"), CellFormat.Decimal),
                new(w.Say("Разница", "Difference"), CellFormat.Decimal),
                new(w.Say("Разница в ст. откл.", "Standardized difference"), CellFormat.Decimal),
            ],
            [.. rows]);
        return new Sheet(w.Say("Ушедшие и текущие", "Churned and current"), null, table);
    }
}
