using System.Collections.Immutable;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>SPEC analysis block 8: every segment (defined and discovered) with its figures and priority, and the campaign assignment.</summary>
/// <param name="Segments">
/// The segments the report shows: every defined segment and the significant, distinct discovered ones; retention first,
/// then acquisition, each goal in priority order.
/// </param>
public sealed record SegmentFindings(ImmutableArray<Segment> Segments, CampaignAssignment Assignment)
{
    /// <summary>
    /// The (cleaned) table the segments' rows and the assignment index into: the client lists read their ids and
    /// attributes from it. Null when the findings were built without one; the lists are then left out.
    /// </summary>
    public ClientTable? Clients { get; init; }

    /// <summary>
    /// Discovered segments that did not hold on the holdout rows: kept for results.json, marked as not significant, and
    /// shown nowhere else (no slide, no list, no campaign).
    /// </summary>
    public ImmutableArray<Segment> Unconfirmed { get; init; } = [];

    /// <summary>How discovery was run and judged; <see cref="DiscoveryRun.None"/> when it did not run.</summary>
    public DiscoveryRun Discovery { get; init; } = DiscoveryRun.None;

    /// <summary>Each client's value (missing counts as 0) and churn probability, as the segments' figures used them; null without a table.</summary>
    public (NumericColumn Values, ChurnRisk Risk)? Worth { get; init; }

    /// <summary>
    /// The figures of several segments taken together: every client once, however many of the segments hold them. Shown
    /// wherever segments are added up, since overlapping segments' own figures would count shared clients twice or more.
    /// Null when the findings carry no table.
    /// </summary>
    public SegmentFigures? UnionOf(IEnumerable<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (Clients is null || Worth is not { } worth)
            return null;
        RowSet union = RowSet.Empty(Clients.RowCount);
        foreach (Segment segment in segments)
            union = union.Or(segment.Rows);
        return SegmentMeasures.Of(union, Clients.Churned, worth.Values, worth.Risk);
    }
}
