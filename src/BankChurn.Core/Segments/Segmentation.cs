using System.Collections.Immutable;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// The segment stages: evaluate the config's segments, rank all segments per goal, and assign each current client to
/// at most one campaign. Discovery is in <see cref="Discovery"/>.
/// </summary>
public static class Segmentation
{
    /// <summary>
    /// Each defined segment's rows and figures, in the config's order (not yet ranked). Each is tested against the rest
    /// of the base (chi-square) and the p-values are Holm-adjusted over the defined segments; a segment is significant when
    /// its adjusted p is below <paramref name="alpha"/>. The analysts chose these rules before looking at this month's
    /// data, so the whole table may judge them.
    /// </summary>
    /// <param name="values">Per-client value; a missing value counts as 0.</param>
    /// <param name="risk">Each client's churn probability (<see cref="ChurnRisk.ByCells"/> when null).</param>
    public static ImmutableArray<Segment> Define(
        ClientTable table, NumericColumn values, IEnumerable<SegmentDefinition> definitions, double alpha = 0.05, ChurnRisk? risk = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ImmutableArray<Segment> measured = Measure(table, values, definitions, risk ?? ChurnRisk.ByCells(table));
        double[] adjusted = MultipleTesting.Holm([.. measured.Select(s => s.Figures.PValue)]);
        return [.. measured.Select((s, i) => s with
        {
            Figures = s.Figures with { PAdjusted = adjusted[i] },
            Significant = adjusted[i] < alpha,
        })];
    }

    private static ImmutableArray<Segment> Measure(ClientTable table, NumericColumn values, IEnumerable<SegmentDefinition> definitions, ChurnRisk risk) =>
        [.. definitions.Select(d =>
        {
            RowSet rows = d.Rule.Evaluate(table);
            SegmentFigures figures = SegmentMeasures.Of(rows, table.Churned, values, risk);
            double quality = d.Goal == SegmentGoal.Retention
                ? SegmentQuality.Retention(figures.Clients, figures.Churned, table.RowCount, table.Churned.Count)
                : SegmentQuality.Acquisition(figures.Clients, figures.Churned, figures.AvgValue * figures.Clients,
                    table.RowCount, table.Churned.Count, Total(values));
            return new Segment(d.Id, d.Name, d.EnglishName ?? d.Name, d.Rule.Text, d.Goal, SegmentSource.Config, rows, figures, d.Actions,
                d.Actions.IsDefaultOrEmpty, d.ManualPriority, [], d.CompareSubgroups ? GroupComparisons.ChurnedVsCurrent(table, rows) : null, quality,
                [.. d.Rule.Columns]);
        })];

    /// <summary>
    /// Ranks each goal separately: segments with a manual priority first (in that order), then retention by
    /// <paramref name="metric"/> and acquisition by value × loyalty per client (avg value × (1 − rate)), both
    /// descending, ties by name. Returns retention then acquisition, each in priority order (1, 2, …).
    /// </summary>
    public static ImmutableArray<Segment> Rank(IReadOnlyList<Segment> segments, PriorityMetric metric)
    {
        var ranked = ImmutableArray.CreateBuilder<Segment>(segments.Count);
        foreach (SegmentGoal goal in new[] { SegmentGoal.Retention, SegmentGoal.Acquisition })
        {
            var ordered = segments.Where(s => s.Goal == goal)
                .OrderBy(s => s.ManualPriority ?? int.MaxValue)
                .ThenByDescending(s => Score(s, metric))
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.Id, StringComparer.Ordinal);
            int priority = 0;
            foreach (Segment s in ordered)
                ranked.Add(s with { Figures = s.Figures with { Priority = ++priority } });
        }
        return ranked.MoveToImmutable();
    }

    /// <summary>
    /// The segments the report shows, ranked: every defined segment, and each significant discovered one that is no
    /// broader than <paramref name="maxShare"/> of the base and does not repeat another. A discovered segment repeats
    /// when <see cref="DiscoverySettings.MaxContainment"/> or more of its clients lie inside a better-ranked reported
    /// segment of the same goal, or when it selects exactly the clients of any other segment (a defined one such as
    /// "products == 1" wins over a discovered "products &lt;= 1"). Also returns how many were left out for each reason.
    /// </summary>
    public static (ImmutableArray<Segment> Reported, int Repeats, int TooBroad) Report(
        IReadOnlyList<Segment> segments, PriorityMetric metric, double maxShare)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ImmutableArray<Segment> ranked = Rank([.. segments.Where(s => s.Source == SegmentSource.Config || s.Significant)], metric);
        var kept = new List<Segment>(ranked.Length);
        int repeats = 0, tooBroad = 0;
        foreach (Segment s in ranked)
        {
            if (s.Source == SegmentSource.Discovered)
            {
                if (s.Figures.ShareOfBase > maxShare)
                {
                    tooBroad++;
                    continue;
                }
                bool inside = kept.Any(k => k.Goal == s.Goal && Redundancy.Containment(s.Rows, k.Rows) >= DiscoverySettings.MaxContainment);
                bool same = ranked.Any(o => !ReferenceEquals(o, s) && SameRows(o.Rows, s.Rows) && (o.Source == SegmentSource.Config || kept.Contains(o)));
                if (inside || same)
                {
                    repeats++;
                    continue;
                }
            }
            kept.Add(s);
        }
        return (Rank(kept, metric), repeats, tooBroad);
    }

    private static bool SameRows(RowSet a, RowSet b) => a.Count == b.Count && a.CountAnd(b) == a.Count;

    /// <summary>
    /// Serves segments in order (<paramref name="goalOrder"/>, then priority within a goal) and gives each current
    /// client the first segment that holds them. Churned clients are never assigned.
    /// </summary>
    public static CampaignAssignment Assign(IReadOnlyList<Segment> segments, RowSet churned, IReadOnlyList<SegmentGoal>? goalOrder = null)
    {
        goalOrder ??= [SegmentGoal.Retention, SegmentGoal.Acquisition];
        Segment[] served = [.. goalOrder.SelectMany(goal => segments.Where(s => s.Goal == goal).OrderBy(s => s.Figures.Priority))];
        var ofRow = new int[churned.Capacity];
        Array.Fill(ofRow, CampaignAssignment.None);
        // The current clients not yet served, as words cleared in place as segments take them.
        ulong[] open = churned.Not().SharedWords;
        int current = open.Sum(w => System.Numerics.BitOperations.PopCount(w));
        var counts = ImmutableArray.CreateBuilder<int>(served.Length);
        for (int k = 0; k < served.Length; k++)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(served[k].Rows.Capacity, churned.Capacity);
            ReadOnlySpan<ulong> rows = served[k].Rows.Words;
            int taken = 0;
            for (int w = 0; w < open.Length; w++)
            {
                ulong take = rows[w] & open[w];
                open[w] &= ~take;
                for (; take != 0; take &= take - 1, taken++)
                    ofRow[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(take)] = k;
            }
            counts.Add(taken);
        }
        return new CampaignAssignment(ofRow, [.. served.Select(s => s.Id)], counts.MoveToImmutable(), current);
    }

    private static double Score(Segment s, PriorityMetric metric) => s.Goal == SegmentGoal.Acquisition
        ? s.Figures.AvgValue * (1 - s.Figures.Rate)
        : metric == PriorityMetric.ValueAtRisk ? s.Figures.ValueAtRisk : s.Figures.ExcessChurners;

    internal static double Total(NumericColumn values)
    {
        double sum = 0;
        for (int row = 0; row < values.Length; row++)
            if (!values.IsMissing(row) && double.IsFinite(values.Values[row]))
                sum += values.Values[row];
        return sum;
    }
}
