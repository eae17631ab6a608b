using System.Collections.Immutable;

namespace BankChurn.Core.Changes;

/// <summary>
/// The change in the overall churn share split into "the client mix moved" (<see cref="Mix"/>), "churn within the
/// cells moved" (<see cref="RateEffect"/>) and both together (<see cref="Interaction"/>), over a partition of the base.
/// The three add up to <see cref="Total"/> = current rate − previous rate (to rounding), since R = Σ sᵢ rᵢ in each period.
/// </summary>
public sealed record ShiftShare(
    ImmutableArray<ShiftShareCell> Cells,
    double PreviousRate,
    double CurrentRate,
    double Mix,
    double RateEffect,
    double Interaction)
{
    public double Total => CurrentRate - PreviousRate;
}
