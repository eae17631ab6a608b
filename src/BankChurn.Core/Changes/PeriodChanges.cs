using System.Collections.Immutable;
using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Changes;

/// <summary>SPEC analysis block 9: every headline figure and every segment against last period.</summary>
/// <param name="PreviousPeriod">Last period as yyyy-MM.</param>
/// <param name="Figures">The headline figures both periods have, in <see cref="HeadlineFigures.Of"/> order.</param>
/// <param name="ChurnTest">The overall churn share this period against last period (pooled two-proportion z; positive z = churn rose).</param>
/// <param name="Segments">This period's segments in ranking order, then the gone ones in last period's order.</param>
/// <param name="ShiftShare">The change in the churn share over last period's priority cells; null when last period's file has none.</param>
/// <param name="StabilityThreshold">The overlap above which a new discovered segment counts as a redefined gone one.</param>
public sealed record PeriodChanges(
    string PreviousPeriod,
    ImmutableArray<FigureChange> Figures,
    TwoProportionTest ChurnTest,
    ImmutableArray<SegmentChange> Segments,
    ShiftShare? ShiftShare,
    double StabilityThreshold)
{
    public FigureChange? Figure(string key) => Figures.FirstOrDefault(f => f.Key == key);
}
