namespace BankChurn.Core.Analysis.Warehouse;

/// <summary>
/// The clients of one products × last_activity cell (null: the value is missing) within some set of rows: how many, how
/// many churned, and the sums of the client value over all of them and over the churned (a missing value counts as 0).
/// </summary>
public sealed record CellTally(double? Products, double? Active, int Clients, int Churned, double Value, double ValueChurned, int MissingValues)
{
    /// <summary>Σ value over the cell's current clients.</summary>
    public double ValueCurrent => Value - ValueChurned;

    /// <summary>The cell's churn share: each client's churn probability in the "at risk" figures (<see cref="Value.ChurnRisk.ByCells"/>).</summary>
    public double Probability => Clients == 0 ? 0 : (double)Churned / Clients;
}
