using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>A rule the search found on the search rows, before it is judged on the holdout rows.</summary>
/// <param name="Found">The conjunction as the search counted it, on the search rows.</param>
/// <param name="Conditions">Its conditions evaluated on the whole table.</param>
/// <param name="Rows">The whole table's rows meeting every condition: the segment marketing would contact.</param>
/// <param name="Holdout">Its figures and test on the holdout rows.</param>
public sealed record DiscoveredCandidate(SegmentGoal Goal, Conjunction Found, ImmutableArray<Condition> Conditions, RowSet Rows, HoldoutFigures Holdout);
