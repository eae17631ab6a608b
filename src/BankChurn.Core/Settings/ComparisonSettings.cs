namespace BankChurn.Core.Settings;

/// <summary>Month over month: where last period's results.json is.</summary>
/// <param name="PreviousResults">An explicit file (full path), or null for &lt;output folder&gt;/&lt;previous month&gt;/results.json.</param>
public sealed record ComparisonSettings(string? PreviousResults)
{
    public static ComparisonSettings Default { get; } = new((string?)null);
}
