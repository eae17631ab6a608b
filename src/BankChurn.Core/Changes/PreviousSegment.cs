using BankChurn.Core.Segments;

namespace BankChurn.Core.Changes;

/// <summary>One segment as last period's results.json recorded it: its id, its rule as text and its size and churn then.</summary>
/// <param name="Lift">Its churn share over the base's then (1 when nobody churned): which side of the average it was on.</param>
public sealed record PreviousSegment(
    string Id,
    string Name,
    string EnglishName,
    string Rule,
    SegmentGoal Goal,
    SegmentSource Source,
    SegmentCount Count,
    double Lift,
    int Priority);
