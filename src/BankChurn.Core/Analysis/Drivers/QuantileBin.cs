namespace BankChurn.Core.Analysis.Drivers;

/// <summary>One quantile bin of a continuous column: its cut points, the values actually in it, churn, and whether it is churn-prone.</summary>
/// <param name="Level">The bin as cut: [Low, High] for the first, (Low, High] for the others; or one value of a whole-number column.</param>
/// <param name="Min">The smallest value of a client in the bin.</param>
/// <param name="Max">The largest value of a client in the bin.</param>
/// <param name="Churn">Clients, churned and the 95 % Wilson interval.</param>
/// <param name="Prone">True when churn here is significantly above the rest of the base (see <see cref="ContinuousDrivers"/>).</param>
public sealed record QuantileBin(GroupLevel Level, double Min, double Max, ChurnRate Churn, double? Lift, bool Prone)
{
    /// <summary>One-sided p-value of "this bin churns more than the rest of the base" (pooled two-proportion z); 1 when untestable.</summary>
    public double PValue { get; init; } = 1;

    /// <summary><see cref="PValue"/> after Holm's adjustment over every bin of every continuous column analysed together.</summary>
    public double PAdjusted { get; init; } = 1;
}
