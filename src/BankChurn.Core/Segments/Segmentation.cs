using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// The segment stages: evaluate the config's segments, rank all segments per goal, and assign each current client to
/// at most one campaign. Discovery is in <see cref="Discovery"/>.
/// </summary>
public static class Segmentation
{
    /// <summary>Each defined segment's rows and figures, in the config's order (not yet ranked).</summary>
    /// <param name="values">Per-client value; a missing value counts as 0.</param>
    public static ImmutableArray<Segment> Define(ClientTable table, NumericColumn values, IEnumerable<SegmentDefinition> definitions) =>
        [.. definitions.Select(d =>
        {
            RowSet rows = d.Rule.Evaluate(table);
            SegmentFigures figures = SegmentMeasures.Of(rows, table.Churned, values);
            double quality = d.Goal == SegmentGoal.Retention
                ? SegmentQuality.Retention(figures.Clients, figures.Churned, table.RowCount, table.Churned.Count)
                : SegmentQuality.Acquisition(figures.Clients, figures.Churned, figures.AvgValue * figures.Clients,
                    table.RowCount, table.Churned.Count, Total(values));
            return new Segment(d.Id, d.Name, d.EnglishName ?? d.Name, d.Rule.Text, d.Goal, SegmentSource.Config, rows, figures, d.Actions,
                d.Actions.IsDefaultOrEmpty, d.ManualPriority, [], d.CompareSubgroups ? GroupComparisons.ChurnedVsCurrent(table, rows) : null, quality,
                [.. d.Rule.Columns]);
        })];

    /// <summary>
    /// Holm-adjusts the p-values over every segment given (all were tested against the rest of the base), then ranks
    /// each goal separately: segments with a manual priority first (in that order), then retention by
    /// <paramref name="metric"/> and acquisition by value × loyalty per client (avg value × (1 − rate)), both
    /// descending, ties by name. Returns retention then acquisition, each in priority order (1, 2, …).
    /// </summary>
    public static ImmutableArray<Segment> Rank(IReadOnlyList<Segment> segments, PriorityMetric metric)
    {
        double[] adjusted = Holm.Adjust([.. segments.Select(s => s.Figures.PValue)]);
        var tested = segments.Select((s, i) => s with { Figures = s.Figures with { PAdjusted = adjusted[i] } }).ToList();
        var ranked = ImmutableArray.CreateBuilder<Segment>(segments.Count);
        foreach (SegmentGoal goal in new[] { SegmentGoal.Retention, SegmentGoal.Acquisition })
        {
            var ordered = tested.Where(s => s.Goal == goal)
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
