using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>A defined or discovered segment with its rows, figures and recommendations.</summary>
/// <param name="Rule">The rule in the rule language; for a discovered segment, its conditions joined with "and".</param>
/// <param name="Conditions">The conditions of a discovered segment; empty for a defined one.</param>
/// <param name="Subgroups">For a segment whose definition asks for it, its churned clients against its current ones.</param>
/// <param name="Quality">The search's score (<see cref="SegmentQuality"/>) for the segment's goal, computed exactly.</param>
/// <param name="RuleColumns">The columns the rule reads: a defined rule's own list, a discovered segment's conditions' columns.</param>
public sealed record Segment(
    string Id,
    string Name,
    string EnglishName,
    string Rule,
    SegmentGoal Goal,
    SegmentSource Source,
    RowSet Rows,
    SegmentFigures Figures,
    ImmutableArray<string> Actions,
    bool NeedsRecommendation,
    int? ManualPriority,
    ImmutableArray<Condition> Conditions,
    GroupComparison? Subgroups,
    double Quality,
    ImmutableArray<string> RuleColumns)
{
    /// <summary>The name in the report's language: English reports show <see cref="EnglishName"/>.</summary>
    public string NameIn(bool russian) => russian ? Name : EnglishName;

    /// <summary>
    /// Whether the segment may be acted on: a defined segment when its Holm-adjusted p-value against the rest of the base
    /// is below discovery's alpha; a discovered one when its test on the holdout rows is (<see cref="Holdout"/>). Only
    /// significant discovered segments reach the deck, the workbook and the campaigns.
    /// </summary>
    public bool Significant { get; init; } = true;

    /// <summary>A discovered segment's figures on the rows its search did not see; null for a defined segment.</summary>
    public HoldoutFigures? Holdout { get; init; }

    /// <summary>What sets the segment apart: its clients against the rest of the base on every column (<see cref="SegmentProfiles"/>); null until profiled.</summary>
    public SegmentProfile? Profile { get; init; }
}
