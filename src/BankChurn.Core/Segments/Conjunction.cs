using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>
/// A candidate segment found by the search: conditions on distinct columns (in candidate order), how many clients
/// meet all of them, how many of those churned, their value (as the search estimated it), and the quality score.
/// </summary>
public sealed record Conjunction(ImmutableArray<Condition> Conditions, int Clients, int Churned, double Value, double Quality)
{
    /// <summary>The conditions joined with "and", in the rule language.</summary>
    public string RuleText { get; } = string.Join(" and ", Conditions.Select(c => c.RuleText));

    public double Rate => Clients == 0 ? 0 : (double)Churned / Clients;

    public override string ToString() => RuleText;
}
