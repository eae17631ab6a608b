namespace BankChurn.Core.Analysis.Drivers;

/// <summary>
/// A contiguous range of a numeric column and the churn among its clients: a churn-prone interval of the drivers block,
/// and raw material for discovered segments. <c>column between From and To</c> selects exactly its clients.
/// </summary>
/// <param name="From">The smallest value of a client in the range (inclusive).</param>
/// <param name="To">The largest value of a client in the range (inclusive).</param>
/// <param name="Confidence">The 95 % Wilson interval of the churn share.</param>
/// <param name="Lift">The range's churn share over the overall share; null when nobody churned.</param>
public sealed record ChurnRange(string Column, double From, double To, int Clients, int Churned, Interval Confidence, double? Lift)
{
    public double Rate => Clients == 0 ? 0 : (double)Churned / Clients;

    /// <summary>Churned clients beyond what the overall share would give: the range's weight in the churn.</summary>
    public double ExcessChurned(double overallRate) => Churned - Clients * overallRate;
}
