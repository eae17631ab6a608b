namespace BankChurn.Core.Segments;

/// <summary>
/// One column compared between two groups of clients (a segment's churned and current clients, or a segment and the rest
/// of the base): the mean of a number (missing values left out), or the share of a level (categories, and 0/1 columns as
/// the share of 1). Null where a group has no value.
/// </summary>
/// <param name="First">The first group's mean or share (the churned clients, or the segment).</param>
/// <param name="Second">The second group's mean or share (the current clients, or the rest of the base).</param>
/// <param name="Standardized">
/// The difference in units of the column's spread over both groups together: for a mean, (first − second) / standard
/// deviation (Cohen's d with the pooled population's deviation); for a share, (first − second) / √(p(1 − p)) with p the
/// share over both groups. It ranks differences of different columns on one scale; null when either side is missing or
/// the column does not vary.
/// </param>
public sealed record ColumnComparison(string Column, string? Level, bool IsShare, double? First, double? Second, double? Standardized)
{
    /// <summary>First − second, or null when either side has no value.</summary>
    public double? Difference => First is { } a && Second is { } b ? a - b : null;
}
