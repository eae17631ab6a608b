namespace BankChurn.Core.Changes;

/// <summary>One headline figure last period and now.</summary>
/// <param name="Key">The figure's path in results.json ("churn.rate", "value.at_risk", "data.missing.balance").</param>
public sealed record FigureChange(string Key, double Previous, double Current)
{
    public double Absolute => Current - Previous;

    /// <summary>The change as a fraction of last period's value; null when that was 0 (no finite ratio exists).</summary>
    public double? Relative => Previous == 0 ? null : (Current - Previous) / Math.Abs(Previous);
}
