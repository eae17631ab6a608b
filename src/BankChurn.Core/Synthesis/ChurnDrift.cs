namespace BankChurn.Core.Synthesis;

/// <summary>A month's shifts of the churn log-odds: for every client, and on top of it for clients under 36.</summary>
internal readonly record struct ChurnDrift(double Overall, double Young)
{
    public static ChurnDrift None => default;
}
