using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// A discovered segment on the holdout rows (<see cref="DiscoverySplit.Holdout"/>), which its search never saw: what
/// the rule is worth on fresh clients.
/// </summary>
/// <param name="Clients">Holdout clients the rule selects.</param>
/// <param name="Churned">Of them, the clients who left.</param>
/// <param name="Rate">Churned / clients.</param>
/// <param name="Lift">Rate / the holdout's churn share (1 when the holdout has no churners).</param>
/// <param name="PValue">
/// One-sided test, in the goal's direction, of the segment against the rest of the holdout (pooled two-proportion z):
/// retention asks "churns more", acquisition "churns less". 1 when untestable.
/// </param>
public sealed record HoldoutFigures(int Clients, int Churned, double Rate, double Lift, double PValue)
{
    /// <summary>The holdout's own churn share, against which <see cref="Lift"/> is taken.</summary>
    public double BaseRate { get; init; }

    /// <summary><see cref="PValue"/> after Holm's adjustment over every discovered segment tested, of both goals.</summary>
    public double PAdjusted { get; init; } = PValue;

    /// <summary>The figures of <paramref name="rows"/> within <paramref name="holdout"/>, tested in <paramref name="goal"/>'s direction.</summary>
    public static HoldoutFigures Of(RowSet rows, RowSet holdout, RowSet churned, SegmentGoal goal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(holdout);
        ArgumentNullException.ThrowIfNull(churned);
        int clients = rows.CountAnd(holdout), leavers = rows.CountAnd(holdout, churned);
        int total = holdout.Count, totalChurned = holdout.CountAnd(churned);
        double rate = clients == 0 ? 0 : (double)leavers / clients;
        double baseRate = total == 0 ? 0 : (double)totalChurned / total;
        TwoProportionTest test = TwoProportions.ZTest(leavers, clients, totalChurned - leavers, total - clients);
        double p = test.Degeneracy != Degeneracy.None ? 1
            : Tails.UpperNormal(goal == SegmentGoal.Retention ? test.Z : -test.Z);
        return new HoldoutFigures(clients, leavers, rate, baseRate == 0 ? 1 : rate / baseRate, p) { BaseRate = baseRate };
    }
}
