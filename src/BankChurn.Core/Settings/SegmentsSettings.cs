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
    /// <summary>The client attributes the lists show by default: what a campaign needs, without the credit score or equity.</summary>
    public static ImmutableArray<string> DefaultClientListColumns { get; } =
        ["user_id", "city", "gender", "age", "products", "balance", "est_salary", "last_activity"];

    // After DefaultClientListColumns: static properties initialise in order, and Default reads it.
    public static SegmentsSettings Default { get; } = new([], true, new DiscoverySettings(), ActionCatalogue.Empty, PriorityMetric.ExcessChurners, 3);

    /// <summary>
    /// <c>segments.client_list.columns</c>: the canonical columns the workbook's client lists may show (they are personal
    /// data). The user id is always shown, first, since a campaign cannot reach a client without it.
    /// </summary>
    public ImmutableArray<string> ClientListColumns { get; init; } = DefaultClientListColumns;

    /// <summary>The default <see cref="ClientListMaxRows"/>: what one worksheet holds, with room for the title and header.</summary>
    public const int DefaultClientListMaxRows = 1_000_000;

    /// <summary>
    /// <c>segments.client_list.max_rows</c>: the most rows the clients sheet lists. Whole segments are listed in the
    /// order of the segments sheet while they fit; the ones that do not are named in the sheet's title and in the run
    /// summary, never cut half way (a partial list would look complete). 0 leaves the client lists out.
    /// </summary>
    public int ClientListMaxRows { get; init; } = DefaultClientListMaxRows;
}
