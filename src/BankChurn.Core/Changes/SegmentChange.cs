using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Changes;

/// <summary>One segment id across the two periods.</summary>
/// <param name="Name">This period's name, or last period's for a gone segment.</param>
/// <param name="PreviousRule">The rule last period, or null for a new segment.</param>
/// <param name="CurrentRule">The rule this period, or null for a gone segment.</param>
/// <param name="Previous">Size and churn last period, as its results.json recorded them.</param>
/// <param name="Current">Size and churn this period under this period's rule; null for a gone segment.</param>
/// <param name="Reapplied">
/// Size and churn this period under last period's rule (last month's definition re-applied to this month's data):
/// the like-for-like figure the change is measured on. Null for a new segment, or when last period's rule no longer
/// parses (a column dropped from the language).
/// </param>
/// <param name="ChurnTest">Churn share this period (re-applied rule) against last period, pooled two-proportion z; positive z = churn rose.</param>
/// <param name="RedefinesId">For a redefined discovered segment, the gone segment of last period it replaces.</param>
/// <param name="ReplacedById">For a gone discovered segment, the segment of this period that replaces it.</param>
/// <param name="Confirmed">
/// For a segment discovered last period: does its rule, re-applied this period, still differ significantly from the
/// rest of the base (Holm over last period's discovered segments, at discovery's alpha) on the same side of the average?
/// </param>
/// <param name="Stability">For a segment discovered this period, its stability score 0..1 (see <see cref="MonthOverMonth"/>).</param>
public sealed record SegmentChange(
    string Id,
    string Name,
    string EnglishName,
    SegmentGoal Goal,
    SegmentSource Source,
    SegmentStatus Status,
    string? PreviousRule,
    string? CurrentRule,
    SegmentCount? Previous,
    SegmentCount? Current,
    SegmentCount? Reapplied,
    TwoProportionTest? ChurnTest,
    string? RedefinesId,
    string? ReplacedById,
    bool? Confirmed,
    double? Stability,
    int? PreviousPriority,
    int? CurrentPriority)
{
    /// <summary>Change in clients under last period's rule; null without both figures.</summary>
    public int? ClientsChange => Previous is { } before && Reapplied is { } after ? after.Clients - before.Clients : null;

    /// <summary>Change in churn share (fraction, not percent) under last period's rule; null without both figures.</summary>
    public double? RateChange => Previous is { } before && Reapplied is { } after ? after.Rate - before.Rate : null;
}
