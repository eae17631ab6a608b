namespace BankChurn.Core.Analysis.Value;

/// <summary>
/// One cell of the at-risk estimate: clients with the same number of products and the same activity flag, their churn
/// share this month, and the value of the current clients in the cell weighted by it.
/// </summary>
/// <param name="Products">The number of products, or null for clients without a value.</param>
/// <param name="Active">The last_activity flag, or null for clients without a value.</param>
/// <param name="CurrentValue">Sum of the value of the cell's current (not churned) clients.</param>
/// <param name="AtRisk">CurrentValue × the cell's churn share.</param>
public sealed record ValueCell(double? Products, double? Active, int Clients, int Churned, double CurrentValue, double AtRisk)
{
    public double Rate => Clients == 0 ? 0 : (double)Churned / Clients;
}
