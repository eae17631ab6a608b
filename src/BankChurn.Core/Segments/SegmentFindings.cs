using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>SPEC analysis block 8: every segment (defined and discovered) with its figures and priority, and the campaign assignment.</summary>
/// <param name="Segments">Retention segments first, then acquisition, each goal in priority order.</param>
public sealed record SegmentFindings(ImmutableArray<Segment> Segments, CampaignAssignment Assignment)
{
    /// <summary>
    /// The (cleaned) table the segments' rows and the assignment index into: the client lists read their ids and
    /// attributes from it. Null when the findings were built without one; the lists are then left out.
    /// </summary>
    public ClientTable? Clients { get; init; }
}
