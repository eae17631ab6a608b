namespace BankChurn.Core.Analysis.Portraits;

/// <summary>One level of a column in the two portraits: how many of each group have it and what share of the group that is.</summary>
/// <param name="ChurnedShare">Churned clients with this level over all churned clients (0 when nobody churned).</param>
/// <param name="RetainedShare">Retained clients with this level over all retained clients (0 when nobody stayed).</param>
public sealed record PortraitLevel(GroupLevel Level, bool IsMissing, int Churned, int Retained, double ChurnedShare, double RetainedShare)
{
    /// <summary>How over-represented the level is among churned clients (share among churned / share among retained); null when the level has no retained clients.</summary>
    public double? ChurnedRatio => RetainedShare > 0 ? ChurnedShare / RetainedShare : null;

    /// <summary>How over-represented the level is among retained clients; null when the level has no churned clients.</summary>
    public double? RetainedRatio => ChurnedShare > 0 ? RetainedShare / ChurnedShare : null;
}
