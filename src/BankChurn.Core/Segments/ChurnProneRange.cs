namespace BankChurn.Core.Segments;

/// <summary>
/// A numeric interval handed in from outside the segment search, such as a churn-prone interval found by the
/// continuous-driver analysis; its ends are rounded like any other cut before it becomes a condition.
/// </summary>
public sealed record ChurnProneRange(string Column, double? From, double? To);
