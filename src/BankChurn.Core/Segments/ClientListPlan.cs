using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>
/// Which segments the workbook's clients sheet lists: whole segments, in the order of the segments sheet (retention
/// then acquisition, each by priority), while their current clients fit in <c>segments.client_list.max_rows</c>. A
/// segment that does not fit is left out whole rather than cut, since a cut list would look complete; the plan names it.
/// </summary>
/// <param name="Listed">Indexes into the findings' segments whose current clients are listed, in sheet order.</param>
/// <param name="LeftOut">Ids of the segments left out because they did not fit.</param>
/// <param name="Rows">Rows the listed segments take.</param>
public sealed record ClientListPlan(ImmutableArray<int> Listed, ImmutableArray<string> LeftOut, long Rows)
{
    public static ClientListPlan Of(SegmentFindings findings, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var listed = ImmutableArray.CreateBuilder<int>();
        var left = ImmutableArray.CreateBuilder<string>();
        long rows = 0;
        for (int k = 0; k < findings.Segments.Length; k++)
        {
            Segment segment = findings.Segments[k];
            // A smaller segment further down may still fit after a large one did not: keep going.
            if (rows + segment.Figures.CurrentClients <= maxRows)
            {
                listed.Add(k);
                rows += segment.Figures.CurrentClients;
            }
            else
                left.Add(segment.Id);
        }
        return new ClientListPlan(listed.ToImmutable(), left.ToImmutable(), rows);
    }
}
