namespace BankChurn.Core.Changes;

/// <summary>
/// One cell of the priority partition: the clients of one priority segment not already in an earlier one, or the rest
/// of the base (<see cref="Rule"/> null). The cells of a period are disjoint and cover every client, which is what a
/// shift-share decomposition needs and overlapping segments cannot give.
/// </summary>
/// <param name="Id">The segment's id, or <see cref="PriorityPartition.RestId"/>.</param>
/// <param name="Rule">The segment's rule as text, re-applied next month; null for the rest of the base.</param>
public sealed record PartitionCell(string Id, string? Rule, SegmentCount Count);
