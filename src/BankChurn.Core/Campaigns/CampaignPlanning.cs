using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Campaigns;

/// <summary>Builds the retention plan from each client's churn probability and value.</summary>
public static class CampaignPlanning
{
    /// <summary>
    /// Ranks the current clients by expected loss saved minus cost (save_rate × probability × value − contact cost),
    /// contacts at most the budget of those for whom it is positive, puts each in one campaign — the first significant
    /// retention segment of <paramref name="segments"/> (priority order) churning above the base that holds them, else the general retention
    /// offer — and holds back a seeded random control share of every campaign. Churned clients are never in a campaign.
    /// </summary>
    /// <param name="probability">Per row: the churn probability.</param>
    /// <param name="values">Per row: the client's value; missing or non-finite counts as 0.</param>
    public static CampaignPlan Plan(ClientTable clients, double[] probability, NumericColumn values,
        ImmutableArray<Segment> segments, CampaignSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(probability);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        int n = clients.RowCount;
        ArgumentOutOfRangeException.ThrowIfNotEqual(probability.Length, n);
        RowSet churned = clients.Churned;
        var expectedLoss = new double[n];
        var net = new double[n];
        var current = new List<int>();
        for (int row = 0; row < n; row++)
        {
            if (churned.Contains(row)) continue;
            double value = values.IsMissing(row) || !double.IsFinite(values.Values[row]) ? 0 : values.Values[row];
            expectedLoss[row] = probability[row] * value;
            net[row] = settings.SaveRate * expectedLoss[row] - settings.ContactCost;
            current.Add(row);
        }
        int budget = settings.BudgetFor(current.Count);
        ImmutableArray<int> order = [.. current.Where(r => net[r] > 0).OrderByDescending(r => net[r]).ThenBy(r => r).Take(budget)];

        // A retention segment's action is for clients who leave more often than the base: a significant segment that
        // churns less (one product: 0.39 times the average in the real table) has nothing to retain them from.
        Segment[] retention = [.. segments.Where(s => s.Significant && s.Goal == SegmentGoal.Retention && s.Figures.Lift > 1)];
        // Campaign slots: one per retention segment, in priority order, then the general offer.
        var members = new List<int>[retention.Length + 1];
        for (int i = 0; i < members.Length; i++) members[i] = [];
        foreach (int row in order)
        {
            int slot = Array.FindIndex(retention, s => s.Rows.Contains(row));
            members[slot < 0 ? retention.Length : slot].Add(row);
        }

        var campaignOfRow = new int[n];
        Array.Fill(campaignOfRow, CampaignPlan.None);
        var control = new bool[n];
        var campaigns = ImmutableArray.CreateBuilder<Campaign>();
        var random = new Random(seed);
        for (int slot = 0; slot < members.Length; slot++)
        {
            List<int> rows = members[slot];
            if (rows.Count == 0) continue;
            // The control group: a seeded shuffle of the campaign's rows (in row order first, so the draw does not depend
            // on the ranking's ties), its first control_share.
            int[] shuffled = [.. rows.Order()];
            random.Shuffle(shuffled);
            int held = (int)Math.Round(rows.Count * settings.ControlShare);
            foreach (int row in shuffled.AsSpan(0, held)) control[row] = true;
            int index = campaigns.Count;
            double saved = 0, expectedChurn = 0;
            foreach (int row in rows)
            {
                campaignOfRow[row] = index;
                expectedChurn += probability[row];
                if (!control[row]) saved += settings.SaveRate * expectedLoss[row];
            }
            expectedChurn /= rows.Count;
            int treated = rows.Count - held;
            double? h = DetectableEffect.CohensH(treated, held);
            Segment? segment = slot < retention.Length ? retention[slot] : null;
            campaigns.Add(new Campaign(
                segment?.Id,
                segment?.Name ?? "",
                segment?.EnglishName ?? "",
                segment is { Actions.IsEmpty: false } ? segment.Actions[0] : null,
                rows.Count,
                held,
                saved,
                treated * settings.ContactCost,
                expectedChurn,
                h,
                h is { } effect ? DetectableEffect.Drop(expectedChurn, effect) : null));
        }
        ImmutableArray<string> lookalikes = [.. segments.Where(s => s.Significant && s.Goal == SegmentGoal.Acquisition).Select(s => s.Id)];
        return new CampaignPlan(budget, settings.ContactCost, settings.SaveRate, settings.ControlShare, campaigns.ToImmutable(),
            campaignOfRow, control, order, expectedLoss, lookalikes);
    }
}
