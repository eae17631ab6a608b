using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>SPEC analysis block 8: every segment (defined and discovered) with its figures and priority, and the campaign assignment.</summary>
/// <param name="Segments">Retention segments first, then acquisition, each goal in priority order.</param>
public sealed record SegmentFindings(ImmutableArray<Segment> Segments, CampaignAssignment Assignment);
