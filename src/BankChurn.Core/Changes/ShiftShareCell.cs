namespace BankChurn.Core.Changes;

/// <summary>One cell of a shift-share decomposition with its three contributions (fractions of the overall churn share).</summary>
/// <param name="Mix">(s₁ − s₀)·r₀: the cell's client share moved, at last period's churn rate.</param>
/// <param name="RateEffect">s₀·(r₁ − r₀): churn within the cell moved, at last period's client share.</param>
/// <param name="Interaction">(s₁ − s₀)·(r₁ − r₀): both moved together.</param>
public sealed record ShiftShareCell(
    string Id,
    SegmentCount Previous,
    SegmentCount Current,
    double PreviousShare,
    double CurrentShare,
    double Mix,
    double RateEffect,
    double Interaction)
{
    public double Total => Mix + RateEffect + Interaction;
}
