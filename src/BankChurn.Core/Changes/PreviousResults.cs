using System.Collections.Immutable;

namespace BankChurn.Core.Changes;

/// <summary>What month over month needs from last period's results.json.</summary>
/// <param name="Period">Last period as yyyy-MM.</param>
/// <param name="Figures">Its headline figures by the key <see cref="HeadlineFigures"/> uses (the figure's path in results.json, e.g. "churn.rate").</param>
/// <param name="Segments">Every segment it reported.</param>
/// <param name="Partition">Its priority partition; empty when the file predates it (no shift-share then).</param>
public sealed record PreviousResults(
    string Period,
    ImmutableDictionary<string, double> Figures,
    ImmutableArray<PreviousSegment> Segments,
    ImmutableArray<PartitionCell> Partition);
