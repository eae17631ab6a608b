namespace BankChurn.Core.Analysis;

/// <summary>A confidence interval, in the units of the estimate it belongs to.</summary>
public readonly record struct Interval(double Low, double High);
