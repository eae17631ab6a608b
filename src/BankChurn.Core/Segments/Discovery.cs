using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.Core.Segments;

/// <summary>
/// Discovers segments so that what it reports holds up on clients it did not see. The rows are split
/// (<see cref="DiscoverySplit"/>); <see cref="Find"/> searches the search rows only: readable candidate conditions →
/// subgroup search → drop conjunctions beaten by a simpler version of themselves, broader than max_share, or repeating
/// a better one already kept. <see cref="Judge"/> then tests every goal's finds together on the holdout rows (one-sided
/// in the goal's direction, Holm over all of them) and names them; only the significant ones may be acted on.
/// </summary>
/// <remarks>
/// Why a holdout rather than a permutation threshold: both keep the chance of reporting any segment in a month of pure
/// noise at alpha, but a permutation threshold reruns the whole search a hundred times or more (the search is most of
/// the analysis at a million rows), and its maximum statistic is dominated by the largest conjunctions, which costs
/// power for the sharp segments marketing can use. Measured (benchmarks <c>power</c>, README): with a 915-client group
/// planted in shuffled real data, the split recovered it in 5, 14, 23 and 37 of 40 runs at lifts 0.06–0.15, the
/// permutation threshold in 0, 1, 14 and 21, with 1 and 2 of 40 false findings on pure noise.
/// </remarks>
public static class Discovery
{
    /// <summary>How many search results per wanted segment are screened, since near-duplicates crowd the top of the list.</summary>
    private const int PoolPerSegment = 200;

    /// <summary>
    /// Discovery for one goal on its own: split with <paramref name="seed"/>, search, judge (Holm over this goal's finds
    /// only). The analysis runs both goals and judges them together (<see cref="SegmentAnalysis"/>).
    /// </summary>
    /// <param name="values">Per-client value (missing = 0), used by acquisition and by the value figures.</param>
    /// <param name="ranges">Extra intervals (e.g. churn-prone intervals of the search rows) to use as candidate conditions.</param>
    public static ImmutableArray<Segment> Run(
        ClientTable table, NumericColumn values, SegmentGoal goal, DiscoverySettings settings, ActionCatalogue catalogue,
        IEnumerable<ChurnProneRange>? ranges = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        settings.Check();
        if (settings.TopK == 0 || table.RowCount == 0)
            return [];
        var part = SearchPart.Of(table, values, DiscoverySplit.Of(table.Churned, settings.HoldoutShare, seed));
        ImmutableArray<Condition> candidates = CandidateConditions.Build(part.Table, part.Settings(settings), ranges);
        return Judge(table, values, Find(part, goal, settings, SearchCandidates.Of(candidates, part.Table.RowCount)), settings, catalogue);
    }

    /// <summary>Discovery for one goal over a given candidate list on the whole table (for tests): each candidate is re-evaluated on the search rows.</summary>
    public static ImmutableArray<Segment> Run(
        ClientTable table, NumericColumn values, SegmentGoal goal, DiscoverySettings settings, ActionCatalogue catalogue,
        IReadOnlyList<Condition> candidates, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(candidates);
        settings.Check();
        if (settings.TopK == 0 || table.RowCount == 0)
            return [];
        var part = SearchPart.Of(table, values, DiscoverySplit.Of(table.Churned, settings.HoldoutShare, seed));
        Condition[] onSearch = [.. candidates.Select(c => c.On(part.Table))];
        return Judge(table, values, Find(part, goal, settings, SearchCandidates.Of(onSearch, part.Table.RowCount)), settings, catalogue);
    }

    /// <summary>
    /// Searches the search rows for one goal and keeps up to top_k distinct rules, each then evaluated on the whole table
    /// and measured on the holdout rows. Nothing here reads a holdout row's churn except that last measurement.
    /// </summary>
    internal static ImmutableArray<DiscoveredCandidate> Find(SearchPart part, SegmentGoal goal, DiscoverySettings settings, SearchCandidates candidates)
    {
        ClientTable search = part.Table;
        ImmutableArray<Conjunction> pool = SubgroupSearch.Run(candidates, search.Churned, goal, part.Values, part.Settings(settings),
            settings.TopK * PoolPerSegment);

        var kept = new List<(Conjunction Found, RowSet Rows)>();
        var subsets = new Dictionary<string, (int Clients, int Churned, double Value)>(StringComparer.Ordinal);
        foreach (Conjunction found in pool)
        {
            if (kept.Count == settings.TopK) break;
            if (found.Clients > settings.MaxShare * search.RowCount) continue;
            if (Redundancy.BeatenBySubset(found, search.Churned, part.Values, goal, settings.MinLiftGain, settings.Alpha, subsets)) continue;
            RowSet rows = Redundancy.RowsOf(found.Conditions, (1 << found.Conditions.Length) - 1, search.RowCount);
            if (kept.Any(k => Redundancy.Overlap(rows, k.Rows) > settings.MaxOverlap || Redundancy.Containment(rows, k.Rows) >= DiscoverySettings.MaxContainment))
                continue;
            kept.Add((found, rows));
        }

        ClientTable table = part.Whole;
        return [.. kept.Select(k =>
        {
            ImmutableArray<Condition> conditions = [.. k.Found.Conditions.Select(c => c.On(table))];
            RowSet rows = Redundancy.RowsOf(conditions, (1 << conditions.Length) - 1, table.RowCount);
            return new DiscoveredCandidate(goal, k.Found, conditions, rows, HoldoutFigures.Of(rows, part.Split.Holdout, table.Churned, goal));
        })];
    }

    /// <summary>
    /// Tests every find on the holdout rows together: Holm over all of them, whatever their goal, so that the chance of
    /// any false discovery in a month stays at alpha. Each becomes a <see cref="Segment"/> with its figures on the whole
    /// table, its holdout figures, and <see cref="Segment.Significant"/>; the segment's p-values are the holdout's.
    /// </summary>
    /// <param name="risk">Each client's churn probability (<see cref="ChurnRisk.ByCells"/> when null).</param>
    public static ImmutableArray<Segment> Judge(
        ClientTable table, NumericColumn values, IReadOnlyList<DiscoveredCandidate> found, DiscoverySettings settings, ActionCatalogue catalogue,
        ChurnRisk? risk = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        risk ??= ChurnRisk.ByCells(table);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(catalogue);
        double[] adjusted = MultipleTesting.Holm([.. found.Select(f => f.Holdout.PValue)]);
        Wording ru = Wording.For("ru"), en = Wording.For("en");
        int total = table.RowCount, totalChurned = table.Churned.Count;
        double baseValue = Segmentation.Total(values);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var segments = ImmutableArray.CreateBuilder<Segment>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            DiscoveredCandidate f = found[i];
            HoldoutFigures holdout = f.Holdout with { PAdjusted = adjusted[i] };
            SegmentFigures figures = SegmentMeasures.Of(f.Rows, table.Churned, values, risk) with { PValue = holdout.PValue, PAdjusted = holdout.PAdjusted };
            ImmutableArray<string> actions = catalogue.For(f.Conditions);
            double quality = f.Goal == SegmentGoal.Retention
                ? SegmentQuality.Retention(figures.Clients, figures.Churned, total, totalChurned)
                : SegmentQuality.Acquisition(figures.Clients, figures.Churned, figures.AvgValue * figures.Clients, total, totalChurned, baseValue);
            // Stable across months for the same rule (month over month matches segments by id); a clash of two
            // rules' hashes would be a one-in-billions event, but it must still not merge two segments.
            string id = DiscoveredIds.For(f.Goal, f.Conditions.Select(c => c.RuleText));
            if (!ids.Add(id))
            {
                id += string.Create(CultureInfo.InvariantCulture, $"_{i + 1}");
                ids.Add(id);
            }
            segments.Add(new Segment(id, SegmentNames.Name(f.Conditions, ru), SegmentNames.Name(f.Conditions, en),
                f.Found.RuleText, f.Goal, SegmentSource.Discovered, f.Rows, figures, actions, actions.IsEmpty, null,
                f.Conditions, null, quality, [.. f.Conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal)])
            {
                Holdout = holdout,
                Significant = holdout.PAdjusted < settings.Alpha,
            });
        }
        return segments.MoveToImmutable();
    }
}
