using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>Profiles every segment against the rest of the base: what sets its clients apart beyond its own rule.</summary>
public static class SegmentProfiles
{
    public static SegmentFindings Attach(ClientTable table, SegmentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(findings);
        ImmutableArray<Segment> segments = findings.Segments;
        // One tally of the whole base; each segment is then one pass over its own rows (the rest is the difference).
        ColumnTally all = ColumnTally.Of(table, table.AllRows);
        var profiled = new Segment[segments.Length];
        Parallel.For(0, segments.Length, i => profiled[i] = segments[i] with { Profile = Of(table, segments[i], all) });
        return findings with { Segments = [.. profiled] };
    }

    /// <summary>One segment's profile against the rest of <paramref name="table"/>.</summary>
    public static SegmentProfile Of(ClientTable table, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(segment);
        return Of(table, segment, ColumnTally.Of(table, table.AllRows));
    }

    private static SegmentProfile Of(ClientTable table, Segment segment, ColumnTally all) =>
        new(GroupComparisons.SegmentVsRest(table, segment.Rows, all), segment.RuleColumns);
}
