using System.Collections.Immutable;
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
}
