using System.Collections.Immutable;
using BankChurn.Core.Report.Narrative;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// The segments whose churned and current clients the config asks to compare (the third seed's one segment per number of
/// products): one row per segment and group, on the columns where the two groups differ most across those segments.
/// </summary>
internal static class SegmentSubgroupsSlide
{
    /// <summary>Measure columns of the table: as many as fit beside the segment, group and client count.</summary>
    private const int Measures = 6;

    /// <param name="order">The defined segments' ids in config order: the slide lists the segments as the config does.</param>
    public static Slide? Compose(SegmentFindings findings, ImmutableArray<string> order, Narration n)
    {
        Wording w = n.W;
        Segment[] segments =
        [
            .. findings.Segments.Where(s => s.Subgroups is not null)
                .OrderBy(s => order.IndexOf(s.Id, StringComparer.Ordinal) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
        ];
        if (segments.Length == 0)
            return null;
        ColumnComparison[] measures = Chosen(segments);
        var rows = new List<ImmutableArray<Cell>>();
        foreach (Segment segment in segments)
        {
            GroupComparison groups = segment.Subgroups!;
            string name = segment.NameIn(w.IsRussian);
            rows.Add([name, w.Say("ушедшие", "churned"), groups.First, .. measures.Select(m => ComparisonText.CellOf(m, Find(groups, m)?.First))]);
            rows.Add(["", w.Say("текущие", "current"), groups.Second, .. measures.Select(m => ComparisonText.CellOf(m, Find(groups, m)?.Second))]);
        }

        var table = new Table(
            [
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Клиенты", "Clients")),
                new(w.Say("Число", "Number"), CellFormat.Integer),
                .. measures.Select(m => new TableColumn(ComparisonText.Label(m, w), CellFormat.Decimal)),
            ],
            [.. rows]);
        (Segment Segment, ColumnComparison Column)? top = segments
            .SelectMany(s => s.Subgroups!.Columns.Where(c => c.Standardized is not null && !Excluded(s, c)).Select(c => (Segment: s, Column: c)))
            .OrderByDescending(x => Math.Abs(x.Column.Standardized!.Value))
            .ThenBy(x => x.Segment.Id, StringComparer.Ordinal)
            .Cast<(Segment, ColumnComparison)?>()
            .FirstOrDefault();
        ViewModel model = n.Model()
            .Child("top", top is ({ } s, { } c)
                ? new ViewModel(w)
                    .Text("segment", s.NameIn(w.IsRussian))
                    .Text("measure", ComparisonText.Label(c, w))
                    .Text("churned_text", ComparisonText.Value(c, c.First, w))
                    .Text("current_text", ComparisonText.Value(c, c.Second, w))
                : null)
            .List("segments", segments.Select(s => new ViewModel(w)
                .Text("name", s.NameIn(w.IsRussian))
                .Count("churned", s.Subgroups!.First)
                .Count("current", s.Subgroups.Second)));
        return n.Slide(SlideKinds.SegmentSubgroups, model, [new TableBlock(table)]);
    }

    /// <summary>
    /// The columns (one level each) with the largest mean |standardized difference| over the segments, leaving out what a
    /// segment's own rule fixes (the number of products inside a product segment).
    /// </summary>
    private static ColumnComparison[] Chosen(Segment[] segments) =>
    [
        .. segments
            .SelectMany(s => s.Subgroups!.Columns.Where(c => !Excluded(s, c)))
            .GroupBy(c => (c.Column, c.Level))
            .Select(g => (First: g.First(), Score: g.Average(c => Math.Abs(c.Standardized ?? 0))))
            .GroupBy(x => x.First.Column)
            .Select(g => g.MaxBy(x => x.Score))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.First.Column, StringComparer.Ordinal)
            .Take(Measures)
            .Select(x => x.First),
    ];

    private static bool Excluded(Segment segment, ColumnComparison column) =>
        segment.RuleColumns.Contains(column.Column);

    private static ColumnComparison? Find(GroupComparison groups, ColumnComparison like) =>
        groups.Columns.FirstOrDefault(c => c.Column == like.Column && c.Level == like.Level);
}
