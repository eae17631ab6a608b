using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>
/// Which campaign each current client gets: at most one segment per client, taken in priority order, so no client is
/// contacted twice. Column-wise: one segment index per row of the table (−1 for none or for a churned client).
/// </summary>
/// <param name="SegmentOfRow">Index into <paramref name="SegmentIds"/> for each row, or −1.</param>
/// <param name="SegmentIds">The segments in the order they were served; the reason a client is in a list.</param>
/// <param name="Assigned">Clients assigned to each segment, in the order of <paramref name="SegmentIds"/>.</param>
/// <param name="CurrentClients">Current (churn = 0) clients in the table.</param>
public sealed record CampaignAssignment(int[] SegmentOfRow, ImmutableArray<string> SegmentIds, ImmutableArray<int> Assigned, int CurrentClients)
{
    public const int None = -1;

    public int TotalAssigned => Assigned.Sum();

    /// <summary>Current clients in no segment; <see cref="TotalAssigned"/> + this = <see cref="CurrentClients"/>.</summary>
    public int Unassigned => CurrentClients - TotalAssigned;
}
