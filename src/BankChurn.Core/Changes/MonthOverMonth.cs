using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Changes;

/// <summary>
/// Compares this period's findings with last period's results.json: headline figures, the overall churn share (pooled
/// two-proportion z), every segment id, and a shift-share of the churn change.
/// </summary>
/// <remarks>
/// <para>Segments are compared like for like: last period's rule (its text, from results.json) is re-applied to this
/// period's clients, so a change in size or churn is a change in the clients, not in the definition. Defined segments
/// keep their config id; discovered ones have an id derived from their rule (<see cref="DiscoveredIds"/>), so the same
/// rule found again is the same segment.</para>
/// <para>The churn test treats the two periods as independent samples. Most clients are in both extracts, so the true
/// variance of the difference is smaller and the test is conservative: a change it calls significant is real.</para>
/// <para><b>Confirmed</b> (a segment discovered last period): its rule re-applied this period still differs from the rest
/// of the base at discovery's alpha, Holm-adjusted over last period's discovered segments, on the same side of the
/// average (lift above 1 both times, or below 1 both times).</para>
/// <para><b>Stability</b> (a segment discovered this period), 0..1: the Jaccard overlap between its clients and those of
/// the closest segment discovered last period for the same goal (that segment's rule re-applied this period), halved
/// when that segment is not confirmed. 1 = found again with the same rule and still significant; about 0.5–0.9 =
/// redefined (thresholds moved) or not confirmed; 0 = new, nothing like it last period.</para>
/// </remarks>
public static class MonthOverMonth
{
    /// <summary>A new discovered segment sharing at least this Jaccard overlap with a gone one is that one, redefined.</summary>
    public const double RedefinedOverlap = 0.5;

    /// <param name="table">This period's analysed clients (after cleaning), on which last period's rules are re-applied.</param>
    /// <param name="current">This period's findings.</param>
    /// <param name="alpha">Discovery's significance level, for <see cref="SegmentChange.Confirmed"/>.</param>
    public static PeriodChanges Compare(ClientTable table, ChurnFindings current, PreviousResults previous, double alpha)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);

        ImmutableArray<FigureChange> figures =
        [
            .. HeadlineFigures.Of(current)
                .Where(f => previous.Figures.ContainsKey(f.Key))
                .Select(f => new FigureChange(f.Key, previous.Figures[f.Key], f.Value)),
        ];
        SegmentCount before = Count(previous.Figures.GetValueOrDefault(HeadlineFigures.Clients), previous.Figures.GetValueOrDefault(HeadlineFigures.Churned));
        TwoProportionTest churnTest = TwoProportions.ZTest(current.Overall.Churned, current.Overall.Clients, before.Churned, before.Clients);

        ShiftShare? shiftShare = null;
        if (!previous.Partition.IsDefaultOrEmpty && PriorityPartition.Reapply(table, previous.Partition) is { } now)
            shiftShare = ShiftShares.Decompose([.. previous.Partition.Select((cell, i) => (cell.Id, cell.Count, now[i]))]);

        return new PeriodChanges(previous.Period, figures, churnTest, CompareSegments(table, current.Segments, previous, alpha), shiftShare, RedefinedOverlap);
    }

    private static ImmutableArray<SegmentChange> CompareSegments(ClientTable table, SegmentFindings current, PreviousResults previous, double alpha)
    {
        var byId = new Dictionary<string, PreviousSegment>(StringComparer.Ordinal);
        foreach (PreviousSegment segment in previous.Segments)
            byId.TryAdd(segment.Id, segment);
        Dictionary<string, RowSet?> reapplied = byId.Values.ToDictionary(s => s.Id, s => Reapply(table, s), StringComparer.Ordinal);
        Dictionary<string, bool> confirmed = Confirm(table, [.. byId.Values.Where(s => s.Source == SegmentSource.Discovered)], reapplied, alpha);
        var currentIds = new HashSet<string>(current.Segments.Select(s => s.Id), StringComparer.Ordinal);
        PreviousSegment[] gone = [.. byId.Values.Where(s => !currentIds.Contains(s.Id))];

        var changes = new List<SegmentChange>();
        var replacedBy = new Dictionary<string, (string Id, double Overlap)>(StringComparer.Ordinal);
        foreach (Segment segment in current.Segments)
        {
            var now = new SegmentCount(segment.Figures.Clients, segment.Figures.Churned);
            if (byId.TryGetValue(segment.Id, out PreviousSegment? before))
            {
                RowSet? rows = reapplied[before.Id];
                double? stability = segment.Source == SegmentSource.Discovered && rows is not null
                    ? Redundancy.Overlap(segment.Rows, rows) * (confirmed.GetValueOrDefault(before.Id) ? 1 : 0.5)
                    : null;
                SegmentStatus status = string.Equals(Normalize(before.Rule), Normalize(segment.Rule), StringComparison.Ordinal) ? SegmentStatus.Both : SegmentStatus.Redefined;
                changes.Add(Change(segment, status, before, now, rows, table.Churned, null, confirmed, stability));
                continue;
            }

            if (segment.Source != SegmentSource.Discovered)
            {
                changes.Add(Change(segment, SegmentStatus.New, null, now, null, table.Churned, null, confirmed, null));
                continue;
            }

            // A discovered segment under a new id: the closest gone discovered segment of the same goal, if any.
            (PreviousSegment? match, double overlap) = (null, 0);
            foreach (PreviousSegment candidate in gone.Where(g => g.Source == SegmentSource.Discovered && g.Goal == segment.Goal))
            {
                if (reapplied[candidate.Id] is not { } rows) continue;
                double o = Redundancy.Overlap(segment.Rows, rows);
                if (o > overlap) (match, overlap) = (candidate, o);
            }
            double score = match is null ? 0 : overlap * (confirmed.GetValueOrDefault(match.Id) ? 1 : 0.5);
            bool redefined = match is not null && overlap >= RedefinedOverlap;
            if (redefined && (!replacedBy.TryGetValue(match!.Id, out var best) || overlap > best.Overlap))
                replacedBy[match!.Id] = (segment.Id, overlap);
            changes.Add(Change(segment, redefined ? SegmentStatus.Redefined : SegmentStatus.New, null, now, null, table.Churned,
                redefined ? match!.Id : null, confirmed, score));
        }

        foreach (PreviousSegment before in gone)
        {
            RowSet? rows = reapplied[before.Id];
            SegmentCount? after = rows is null ? null : new SegmentCount(rows.Count, rows.CountAnd(table.Churned));
            changes.Add(new SegmentChange(
                before.Id, before.Name, before.EnglishName, before.Goal, before.Source, SegmentStatus.Gone,
                before.Rule, null, before.Count, null, after, Test(after, before.Count),
                null, replacedBy.TryGetValue(before.Id, out var by) ? by.Id : null,
                before.Source == SegmentSource.Discovered ? confirmed.GetValueOrDefault(before.Id) : null, null,
                before.Priority, null));
        }
        return [.. changes];
    }

    private static SegmentChange Change(
        Segment segment, SegmentStatus status, PreviousSegment? before, SegmentCount now, RowSet? reappliedRows, RowSet churned,
        string? redefines, Dictionary<string, bool> confirmed, double? stability)
    {
        SegmentCount? reapplied = reappliedRows is null ? null : new SegmentCount(reappliedRows.Count, reappliedRows.CountAnd(churned));
        return new SegmentChange(
            segment.Id, segment.Name, segment.EnglishName, segment.Goal, segment.Source, status,
            before?.Rule, segment.Rule, before?.Count, now, reapplied, before is null ? null : Test(reapplied, before.Count),
            redefines, null,
            before is { Source: SegmentSource.Discovered } ? confirmed.GetValueOrDefault(before.Id) : null,
            stability, before?.Priority, segment.Figures.Priority);
    }

    private static TwoProportionTest? Test(SegmentCount? now, SegmentCount before) =>
        now is { } after ? TwoProportions.ZTest(after.Churned, after.Clients, before.Churned, before.Clients) : null;

    /// <summary>Last period's rule on this period's clients; null when it no longer parses.</summary>
    private static RowSet? Reapply(ClientTable table, PreviousSegment segment)
    {
        try
        {
            return Rule.Parse(segment.Rule, $"segment '{segment.Id}' of last period", new SourceLocation("previous results.json")).Evaluate(table);
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static Dictionary<string, bool> Confirm(ClientTable table, PreviousSegment[] discovered, Dictionary<string, RowSet?> reapplied, double alpha)
    {
        int total = table.RowCount, totalChurned = table.Churned.Count;
        double baseRate = total == 0 ? 0 : (double)totalChurned / total;
        PreviousSegment[] testable = [.. discovered.Where(s => reapplied[s.Id] is not null)];
        double[] p = [.. testable.Select(s =>
        {
            RowSet rows = reapplied[s.Id]!;
            return SegmentMeasures.AgainstRest(rows.Count, rows.CountAnd(table.Churned), total, totalChurned);
        })];
        double[] adjusted = MultipleTesting.Holm(p);
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0; i < testable.Length; i++)
        {
            RowSet rows = reapplied[testable[i].Id]!;
            double rate = rows.Count == 0 ? 0 : (double)rows.CountAnd(table.Churned) / rows.Count;
            bool sameSide = testable[i].Lift > 1 ? rate > baseRate : rate < baseRate;
            result[testable[i].Id] = adjusted[i] < alpha && sameSide;
        }
        return result;
    }

    /// <summary>Rule texts compared without regard to runs of spaces.</summary>
    private static string Normalize(string rule) => string.Join(' ', rule.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static SegmentCount Count(double clients, double churned)
    {
        // A hand-edited file could hold anything; counts the test cannot use are treated as an empty period.
        if (!(clients >= 0 && churned >= 0 && churned <= clients && clients <= int.MaxValue))
            return new SegmentCount(0, 0);
        return new SegmentCount((int)clients, (int)churned);
    }
}
