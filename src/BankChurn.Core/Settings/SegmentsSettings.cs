using System.Collections.Immutable;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Settings;

/// <summary>The config's <c>segments:</c> section: defined segments, discovery, the action catalogue and how priorities are set.</summary>
/// <param name="Discover">Whether to search for segments at all (the defined ones are always measured).</param>
/// <param name="DetailSlides">How many top segments per goal get a slide of their own.</param>
public sealed record SegmentsSettings(
    ImmutableArray<SegmentDefinition> Defined,
    bool Discover,
    DiscoverySettings Discovery,
    ActionCatalogue Catalogue,
    PriorityMetric Priority,
    int DetailSlides)
{
    public static SegmentsSettings Default { get; } = new([], true, new DiscoverySettings(), ActionCatalogue.Empty, PriorityMetric.ExcessChurners, 3);
}
