namespace BankChurn.Core.Segments;

/// <summary>
/// One column compared between a segment's churned and current clients: the mean of a number (missing values left out),
/// or the share of a level (categories, and 0/1 columns as the share of 1). Null where the sub-group has no value.
/// </summary>
public sealed record ColumnComparison(string Column, string? Level, bool IsShare, double? Churned, double? Current)
{
    /// <summary>Churned − current, or null when either side has no value.</summary>
    public double? Difference => Churned is { } a && Current is { } b ? a - b : null;
}
