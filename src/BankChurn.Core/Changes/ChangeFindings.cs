using System.Collections.Immutable;

namespace BankChurn.Core.Changes;

/// <summary>
/// Month over month as far as a run got: this period's priority partition (written out for next month), where last
/// period's results were looked for, and the changes when they were there.
/// </summary>
/// <param name="Partition">This period's priority cells (<see cref="PriorityPartition"/>).</param>
/// <param name="Previous">Where last period was looked for; null when the run did not look (e.g. findings built in a test).</param>
/// <param name="Changes">The comparison; null without last period's results.</param>
public sealed record ChangeFindings(ImmutableArray<PartitionCell> Partition, PreviousPeriod? Previous, PeriodChanges? Changes)
{
    public static ChangeFindings None { get; } = new([], null, null);
}
