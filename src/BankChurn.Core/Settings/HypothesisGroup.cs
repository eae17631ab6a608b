using BankChurn.Core.Rules;

namespace BankChurn.Core.Settings;

/// <summary>One side of a hypothesis: the name readers see and the rule that selects its clients.</summary>
public sealed record HypothesisGroup(string Name, Rule Rule);
