namespace BankChurn.Core.Campaigns;

/// <summary>One retention campaign of the plan: who is in it, what it is expected to save, and what it can measure.</summary>
/// <param name="SegmentId">The retention segment whose action the campaign runs, or null for the general retention offer.</param>
/// <param name="Clients">Contacted clients plus the control group held back.</param>
/// <param name="Control">Clients held back at random and not contacted, to measure the effect next month.</param>
/// <param name="ExpectedSaved">Σ save_rate × probability × value over the treated (contacted) clients.</param>
/// <param name="Cost">Treated clients × contact cost.</param>
/// <param name="ExpectedChurn">The mean predicted churn probability of the campaign's clients: the control group's expected share.</param>
/// <param name="MinimumDetectableEffect">Cohen's h the treated-vs-control comparison detects with 80 % power at α = 0.05 (two-sided); null when either group is empty.</param>
/// <param name="MinimumDetectableDrop">The same effect as a drop in churn share from <paramref name="ExpectedChurn"/>; null when either group is empty.</param>
public sealed record Campaign(
    string? SegmentId,
    string Name,
    string EnglishName,
    string? Action,
    int Clients,
    int Control,
    double ExpectedSaved,
    double Cost,
    double ExpectedChurn,
    double? MinimumDetectableEffect,
    double? MinimumDetectableDrop)
{
    public const string GeneralId = "general_retention";

    public int Treated => Clients - Control;
}
