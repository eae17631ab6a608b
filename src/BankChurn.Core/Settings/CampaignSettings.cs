namespace BankChurn.Core.Settings;

/// <summary>The config's <c>campaign:</c> section: how many current clients the retention plan may contact and what a contact is worth.</summary>
/// <param name="Budget">The most clients contacted (control included); null = <see cref="DefaultBudgetShare"/> of the current clients.</param>
/// <param name="ContactCost">What one contact costs, in the value's currency.</param>
/// <param name="SaveRate">The assumed share of would-be churners a contact keeps.</param>
/// <param name="ControlShare">The share of each campaign's clients held back, at random, to measure its effect next month.</param>
public sealed record CampaignSettings(int? Budget, double ContactCost, double SaveRate, double ControlShare)
{
    public const double DefaultBudgetShare = 0.2;

    /// <summary>
    /// True adds the cross-sell sheet: the current clients of the significant acquisition segments (the lookalike
    /// profiles), outside the retention budget. Off by default: a list of personal data nobody asked for is not sent.
    /// </summary>
    public bool CrossSell { get; init; }

    public static CampaignSettings Default { get; } = new(null, 100, 0.1, 0.1);

    /// <summary>The budget in clients for a month with <paramref name="currentClients"/> current clients.</summary>
    public int BudgetFor(int currentClients) => Budget ?? (int)Math.Round(currentClients * DefaultBudgetShare);
}
