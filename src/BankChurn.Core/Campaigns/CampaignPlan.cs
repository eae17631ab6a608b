using System.Collections.Immutable;

namespace BankChurn.Core.Campaigns;

/// <summary>
/// The retention plan: which current clients to contact, in which campaign, and who is held back as control. Column-wise:
/// one campaign index per row of the analysed table (−1 for none, always for a churned client).
/// </summary>
/// <param name="Budget">The most clients the plan may contact (control included).</param>
/// <param name="CampaignOfRow">Index into <paramref name="Campaigns"/> per row, or −1.</param>
/// <param name="Control">Per row: held back as control in its campaign.</param>
/// <param name="Order">The contacted rows (control included), by expected loss saved minus cost, highest first.</param>
/// <param name="ExpectedLoss">Per row: probability × value for a current client, 0 for a churned one.</param>
/// <param name="Lookalikes">The significant acquisition segments: profiles for new-client marketing, outside the budget.</param>
public sealed record CampaignPlan(
    int Budget,
    double ContactCost,
    double SaveRate,
    double ControlShare,
    ImmutableArray<Campaign> Campaigns,
    int[] CampaignOfRow,
    bool[] Control,
    ImmutableArray<int> Order,
    double[] ExpectedLoss,
    ImmutableArray<string> Lookalikes)
{
    public const int None = -1;

    public int Contacted => Campaigns.Sum(c => c.Clients);

    public int ControlClients => Campaigns.Sum(c => c.Control);
}
