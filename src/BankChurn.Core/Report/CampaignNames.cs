using BankChurn.Core.Campaigns;

namespace BankChurn.Core.Report;

/// <summary>How the deck and the workbook name a campaign: its segment's name in the report's language, never an internal id.</summary>
public static class CampaignNames
{
    public static string Of(Campaign campaign, Wording w)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(w);
        return campaign.SegmentId is null
            ? w.Say("Общее предложение по удержанию", "General retention offer")
            : w.IsRussian || campaign.EnglishName.Length == 0 ? campaign.Name : campaign.EnglishName;
    }

    /// <summary>The campaigns by expected saved value, largest first (ties by name): the order the deck and the summary sheet show.</summary>
    public static IEnumerable<(Campaign Campaign, int Index)> ByExpectedSaved(CampaignPlan plan, Wording w)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Campaigns.Select((c, i) => (c, i)).OrderByDescending(p => p.c.ExpectedSaved).ThenBy(p => Of(p.c, w), StringComparer.Ordinal);
    }
}
