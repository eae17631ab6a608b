using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>Recommended actions for a segment with a condition on <paramref name="Column"/>, optionally only on one side of it (credit_card == 0 → a card offer).</summary>
public sealed record CatalogueEntry(string Column, ConditionSide Side, ImmutableArray<string> Actions)
{
    public bool Matches(Condition condition) =>
        string.Equals(condition.Column, Column, StringComparison.Ordinal) && (Side == ConditionSide.Any || Side == condition.Side);
}
