using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Changes;

/// <summary>
/// Splits the base into disjoint cells along the priority segments (those with a slide of their own: retention first,
/// then acquisition, each by priority): each client goes to the first of them that holds them, the others to the rest
/// of the base. Segments overlap, so their own sizes cannot be summed; these cells can, which is what shift-share needs.
/// </summary>
public static class PriorityPartition
{
    public const string RestId = "rest_of_base";

    /// <summary>This period's cells, from the ranked segments; <paramref name="perGoal"/> is the number of priority segments per goal.</summary>
    public static ImmutableArray<PartitionCell> Of(SegmentFindings findings, RowSet churned, int perGoal)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(churned);
        Segment[] priority =
        [
            .. new[] { SegmentGoal.Retention, SegmentGoal.Acquisition }.SelectMany(goal => findings.Segments
                .Where(s => s.Goal == goal && s.Figures.Priority >= 1 && s.Figures.Priority <= perGoal)
                .OrderBy(s => s.Figures.Priority)),
        ];
        (SegmentCount[] counts, SegmentCount rest) = Split([.. priority.Select(s => s.Rows)], churned);
        return
        [
            .. priority.Select((s, i) => new PartitionCell(s.Id, s.Rule, counts[i])),
            new PartitionCell(RestId, null, rest),
        ];
    }

    /// <summary>
    /// Last period's cells re-drawn on this period's clients: the same rules in the same order, first match wins.
    /// Null when a rule no longer parses (then the two periods' cells would not match and no decomposition is given).
    /// </summary>
    public static ImmutableArray<SegmentCount>? Reapply(ClientTable table, ImmutableArray<PartitionCell> previous)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<RowSet>();
        foreach (PartitionCell cell in previous.Where(c => c.Rule is not null))
        {
            try
            {
                rows.Add(Rule.Parse(cell.Rule!, $"segment '{cell.Id}' of last period", new SourceLocation("previous results.json")).Evaluate(table));
            }
            catch (InputException)
            {
                return null;
            }
        }
        (SegmentCount[] counts, SegmentCount rest) = Split(rows, table.Churned);
        return [.. counts, rest];
    }

    private static (SegmentCount[] Cells, SegmentCount Remainder) Split(List<RowSet> segments, RowSet churned)
    {
        RowSet open = RowSet.All(churned.Capacity);
        var cells = new SegmentCount[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            RowSet take = segments[i].And(open);
            cells[i] = new SegmentCount(take.Count, take.CountAnd(churned));
            open = open.AndNot(take);
        }
        return (cells, new SegmentCount(open.Count, open.CountAnd(churned)));
    }
}
