using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>A numeric column in the two portraits: churned and retained summaries and how far apart their means are.</summary>
/// <param name="RelativeDifference">(mean of churned − mean of retained) / mean of retained; null when a group is empty or the retained mean is 0.</param>
public sealed record NumericPortrait(string Column, NumericSummary? Churned, NumericSummary? Retained, double? RelativeDifference);
