using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>
/// Which segments a client list of the workbook shows: whole segments, in the list's order, while their rows fit in
/// <c>segments.client_list.max_rows</c>. The clients sheet goes in the order of the segments sheet (retention then
/// acquisition, each by priority) with each segment's current clients; the campaigns sheet in the order the campaigns
/// were served, with the clients each one was assigned. A segment that does not fit is left out whole rather than cut,
/// since a cut list would look complete; the plan names it.
/// </summary>
/// <param name="Listed">Indexes of the listed segments, in list order: into the findings' segments (clients sheet) or into the assignment's segments (campaigns sheet).</param>
/// <param name="LeftOut">Ids of the segments left out because they did not fit.</param>
/// <param name="Rows">Rows the listed segments take.</param>
public sealed record ClientListPlan(ImmutableArray<int> Listed, ImmutableArray<string> LeftOut, long Rows)
{
    /// <summary>The clients sheet: every segment's current clients, in the order of the segments sheet.</summary>
    public static ClientListPlan Of(SegmentFindings findings, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Fit([.. findings.Segments.Select(s => (s.Id, (long)s.Figures.CurrentClients))], maxRows);
    }

    /// <summary>The campaigns sheet: each campaign's assigned clients, in the order the campaigns were served.</summary>
    public static ClientListPlan ForCampaigns(CampaignAssignment assignment, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return Fit([.. assignment.SegmentIds.Select((id, k) => (id, (long)assignment.Assigned[k]))], maxRows);
    }

    /// <summary>
    /// The campaigns sheet of the retention plan: each campaign's contacted clients (control included), campaigns in plan
    /// order; <paramref name="names"/> (one per campaign, as the reader sees them) name those left out.
    /// </summary>
    public static ClientListPlan ForPlan(Campaigns.CampaignPlan plan, IReadOnlyList<string> names, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(names);
        return Fit([.. plan.Campaigns.Select((c, k) => (names[k], (long)c.Clients))], maxRows);
    }

    private static ClientListPlan Fit(ImmutableArray<(string Id, long Rows)> lists, int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var listed = ImmutableArray.CreateBuilder<int>();
        var left = ImmutableArray.CreateBuilder<string>();
        long rows = 0;
        for (int k = 0; k < lists.Length; k++)
        {
            // A smaller segment further down may still fit after a large one did not: keep going.
            if (rows + lists[k].Rows <= maxRows)
            {
                listed.Add(k);
                rows += lists[k].Rows;
            }
            else
                left.Add(lists[k].Id);
        }
        return new ClientListPlan(listed.ToImmutable(), left.ToImmutable(), rows);
    }
}
