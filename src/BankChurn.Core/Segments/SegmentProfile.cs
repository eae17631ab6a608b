using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>A segment against the rest of the base on every column, and which columns its own rule reads.</summary>
/// <param name="Comparison">First = the segment, second = the rest of the base.</param>
/// <param name="RuleColumns">The columns the segment's rule reads: their differences are the definition, not a finding.</param>
public sealed record SegmentProfile(GroupComparison Comparison, ImmutableArray<string> RuleColumns)
{
    /// <summary>
    /// The columns outside the rule that differ most (largest |standardized difference|, at least <paramref name="minimum"/>),
    /// one entry per column (its most different level; of two equally different, the one the segment has more of), at most
    /// <paramref name="count"/>; ties by column name.
    /// </summary>
    public ImmutableArray<ColumnComparison> Distinguishing(int count, double minimum = 0.1) =>
    [
        .. Comparison.Columns
            .Where(c => c.Standardized is { } d && Math.Abs(d) >= minimum && !RuleColumns.Contains(c.Column))
            .GroupBy(c => c.Column)
            .Select(g => g.OrderByDescending(c => Math.Abs(c.Standardized!.Value)).ThenByDescending(c => c.Standardized).ThenBy(c => c.Level, StringComparer.Ordinal).First())
            .OrderByDescending(c => Math.Abs(c.Standardized!.Value))
            .ThenBy(c => c.Column, StringComparer.Ordinal)
            .Take(count),
    ];
}
