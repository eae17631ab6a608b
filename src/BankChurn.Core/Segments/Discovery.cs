using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.Core.Segments;

/// <summary>
/// Discovers segments for one goal: readable candidate conditions → subgroup search → drop conjunctions beaten by a
/// simpler version of themselves or overlapping a better-ranked kept one → test each kept one against the rest of the
/// base, Holm over the kept ones, drop those not significant → name, recommend, and compute exact figures.
/// </summary>
public static class Discovery
{
    /// <summary>How many search results per wanted segment are screened, since near-duplicates crowd the top of the list.</summary>
    private const int PoolPerSegment = 200;

    /// <param name="values">Per-client value (missing = 0), used by acquisition and by the value figures.</param>
    /// <param name="ranges">Extra intervals (e.g. the analysis' churn-prone intervals) to use as candidate conditions.</param>
    public static ImmutableArray<Segment> Run(
        ClientTable table, NumericColumn values, SegmentGoal goal, DiscoverySettings settings, ActionCatalogue catalogue,
        IEnumerable<ChurnProneRange>? ranges = null)
    {
        ImmutableArray<Condition> candidates = CandidateConditions.Build(table, settings, ranges);
        return Run(table, values, goal, settings, catalogue, candidates);
    }

    /// <summary>Discovery over a given candidate list (for tests and for callers that reuse one list for both goals).</summary>
    public static ImmutableArray<Segment> Run(
        ClientTable table, NumericColumn values, SegmentGoal goal, DiscoverySettings settings, ActionCatalogue catalogue,
        IReadOnlyList<Condition> candidates)
    {
        settings.Check();
        if (settings.TopK == 0 || table.RowCount == 0)
            return [];
        return Run(table, values, goal, settings, catalogue, SearchCandidates.Of(candidates, table.RowCount));
    }

    /// <summary>Discovery over candidates already prepared for the search (one preparation serves both goals).</summary>
    internal static ImmutableArray<Segment> Run(
        ClientTable table, NumericColumn values, SegmentGoal goal, DiscoverySettings settings, ActionCatalogue catalogue,
        SearchCandidates candidates)
    {
        settings.Check();
        if (settings.TopK == 0 || table.RowCount == 0)
            return [];
        ImmutableArray<Conjunction> pool = SubgroupSearch.Run(candidates, table.Churned, goal, values, settings,
            settings.TopK * PoolPerSegment);

        int total = table.RowCount, totalChurned = table.Churned.Count;
        var kept = new List<(Conjunction Found, RowSet Rows, double P)>();
        var subsets = new Dictionary<string, (int Clients, int Churned, double Value)>(StringComparer.Ordinal);
        foreach (Conjunction found in pool)
        {
            if (kept.Count == settings.TopK) break;
            if (Redundancy.BeatenBySubset(found, table.Churned, values, goal, settings.MinLiftGain, settings.Alpha, subsets)) continue;
            RowSet rows = Redundancy.RowsOf(found.Conditions, (1 << found.Conditions.Length) - 1, total);
            if (kept.Any(k => Redundancy.Overlap(rows, k.Rows) > settings.MaxOverlap)) continue;
            kept.Add((found, rows, SegmentMeasures.AgainstRest(found.Clients, found.Churned, total, totalChurned)));
        }

        double[] adjusted = Holm.Adjust([.. kept.Select(k => k.P)]);
        Wording ru = Wording.For("ru"), en = Wording.For("en");
        double baseValue = Segmentation.Total(values);
        var segments = ImmutableArray.CreateBuilder<Segment>();
        for (int i = 0; i < kept.Count; i++)
        {
            if (adjusted[i] >= settings.Alpha) continue;
            (Conjunction found, RowSet rows, _) = kept[i];
            SegmentFigures figures = SegmentMeasures.Of(rows, table.Churned, values) with { PAdjusted = adjusted[i] };
            ImmutableArray<string> actions = catalogue.For(found.Conditions);
            double quality = goal == SegmentGoal.Retention
                ? SegmentQuality.Retention(figures.Clients, figures.Churned, total, totalChurned)
                : SegmentQuality.Acquisition(figures.Clients, figures.Churned, figures.AvgValue * figures.Clients, total, totalChurned, baseValue);
            // Stable across months for the same rule (month over month matches segments by id); a clash of two
            // rules' hashes in one goal would be a one-in-billions event, but it must still not merge two segments.
            string id = DiscoveredIds.For(goal, found.Conditions.Select(c => c.RuleText));
            if (segments.Any(s => s.Id == id))
                id += string.Create(CultureInfo.InvariantCulture, $"_{segments.Count + 1}");
            segments.Add(new Segment(id, SegmentNames.Name(found.Conditions, ru), SegmentNames.Name(found.Conditions, en),
                found.RuleText, goal, SegmentSource.Discovered, rows, figures, actions, actions.IsEmpty, null,
                found.Conditions, null, quality, [.. found.Conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal)]));
        }
        return segments.ToImmutable();
    }
}
