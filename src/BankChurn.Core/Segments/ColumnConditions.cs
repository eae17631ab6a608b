using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>The candidate conditions one column gives from its own values, before external ranges join them (<see cref="CandidateConditions"/>).</summary>
internal sealed record ColumnConditions(string Column, ImmutableArray<Condition> Conditions);
