using System.Collections.Immutable;
using BankChurn.Core.Rules;

namespace BankChurn.Core.Segments;

/// <summary>A segment the config names by rule.</summary>
/// <param name="ManualPriority">Ranks the segment ahead of those ranked by the metric (1 first); null ranks by the metric.</param>
/// <param name="EnglishName">The name English decks and workbooks show; null shows <paramref name="Name"/>.</param>
/// <param name="CompareSubgroups">Compare the segment's churned and current clients on every column (the product segments of the third seed).</param>
public sealed record SegmentDefinition(
    string Id,
    string Name,
    SegmentGoal Goal,
    Rule Rule,
    ImmutableArray<string> Actions,
    int? ManualPriority = null,
    bool CompareSubgroups = false,
    string? EnglishName = null);
