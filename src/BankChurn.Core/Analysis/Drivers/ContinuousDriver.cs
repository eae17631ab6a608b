using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>How one continuous column relates to churn: the two groups' distributions, churn by quantile bin and the churn-prone ranges.</summary>
/// <param name="Churned">The column among churned clients with a value; null when there are none.</param>
/// <param name="Retained">The column among retained clients with a value; null when there are none.</param>
/// <param name="Bins">Quantile bins of the present values, ascending; tied cut points merged.</param>
/// <param name="ProneRanges">Adjacent churn-prone bins merged, ascending.</param>
/// <param name="Missing">Churn among the clients without a value (Clients 0 when none is missing).</param>
public sealed record ContinuousDriver(
    string Column,
    NumericSummary? Churned,
    NumericSummary? Retained,
    ImmutableArray<QuantileBin> Bins,
    ImmutableArray<ChurnRange> ProneRanges,
    ChurnRate Missing)
{
    /// <summary>The Mann–Whitney test, histograms and densities of churned against retained; null until computed.</summary>
    public DriverDistribution? Distribution { get; init; }
}
