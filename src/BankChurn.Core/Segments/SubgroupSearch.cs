using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// Searches conjunctions of candidate conditions on distinct columns for the best segments by
/// <see cref="SegmentQuality"/>. A level's conjunctions are counted parent by parent: each column's conditions are cut
/// into cells (rows meeting the same of them, <see cref="ConditionCells"/>), one pass over a parent's rows counts its
/// clients, churners and value per cell, and every extension of that parent by a condition of the column is a sum of
/// a few cells. The cost is the parents' rows times the columns, not the conjunctions times the table's words.
/// </summary>
/// <remarks>
/// Pruning by size is exact: adding a condition never grows a segment, so a conjunction below the minimum size has no
/// descendant that reaches it. With a beam at least as wide as every level, the beam therefore visits exactly the
/// conjunctions the exhaustive search does. Ties are broken by quality, then by rule text (ordinal), so results do not
/// depend on thread scheduling.
/// For acquisition the value of a conjunction is a sum of each client's value quantised to 2^-20 of its range (an
/// error below a millionth of the largest value per client), an exact integer whatever the order of the additions;
/// the figures reported for a segment are recomputed exactly afterwards.
/// </remarks>
public static class SubgroupSearch
{
    /// <summary>
    /// The best <paramref name="count"/> conjunctions with positive quality, best first, of at least
    /// <c>settings.MinSize</c> clients and at most <c>settings.MaxConditions</c> conditions.
    /// </summary>
    /// <param name="values">Per-client value for acquisition (missing counts as 0); ignored for retention.</param>
    public static ImmutableArray<Conjunction> Run(
        IReadOnlyList<Condition> candidates, RowSet churned, SegmentGoal goal, NumericColumn? values, DiscoverySettings settings, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates.Count, ushort.MaxValue);
        return Run(SearchCandidates.Of(candidates, churned.Capacity), churned, goal, values, settings, count);
    }

    /// <summary><see cref="Run(IReadOnlyList{Condition}, RowSet, SegmentGoal, NumericColumn?, DiscoverySettings, int)"/> on candidates already prepared (shared by both goals).</summary>
    internal static ImmutableArray<Conjunction> Run(
        SearchCandidates candidates, RowSet churned, SegmentGoal goal, NumericColumn? values, DiscoverySettings settings, int count)
    {
        settings.Check();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates.Conditions.Count, ushort.MaxValue);
        if (goal == SegmentGoal.Acquisition && values is null)
            throw new ArgumentException("Acquisition needs a value column.", nameof(values));

        var space = new SearchSpace(candidates, churned, goal == SegmentGoal.Acquisition ? values : null, settings.MinSize);
        List<SearchNode> found = settings.Mode == SearchMode.Exhaustive
            ? Exhaustive(space, settings.MaxConditions)
            : Beam(space, settings.MaxConditions, settings.BeamWidth);
        return [.. found
            .Select(space.ToConjunction)
            .Where(c => c.Quality > 0)
            .OrderByDescending(c => c.Quality)
            .ThenBy(c => c.RuleText, StringComparer.Ordinal)
            .Take(count)];
    }

    private static List<SearchNode> Beam(SearchSpace space, int depth, int width)
    {
        var found = new List<SearchNode>();
        List<SearchNode> level = [.. space.Evaluate([.. Enumerable.Range(0, space.Conditions.Count).Select(i => ((ulong[]?)null, new[] { i }, i))]).OfType<SearchNode>()];
        for (int d = 1; ; d++)
        {
            found.AddRange(level);
            if (d == depth || level.Count == 0)
                return found;
            List<SearchNode> beam = [.. level
                .Select(n => (Node: n, Quality: space.Quality(n)))
                .OrderByDescending(x => x.Quality)
                .ThenBy(x => space.Text(x.Node), StringComparer.Ordinal)
                .Take(width)
                .Select(x => x.Node)];

            // List the distinct extensions first (cheap), then count them together: the counting is the cost.
            var seen = new HashSet<ulong>();
            var work = new List<(ulong[]? Parent, int[] Indexes, int Added)>();
            foreach (SearchNode parent in beam)
            {
                ulong[] words = space.Materialise(parent);
                for (int j = 0; j < space.Conditions.Count; j++)
                {
                    if (!space.Compatible(parent.Indexes, j)) continue;
                    int[] indexes = [.. parent.Indexes.Append(j).Order()];
                    if (seen.Add(Key(indexes)))
                        work.Add((words, indexes, j));
                }
            }
            level = [.. space.Evaluate(work).OfType<SearchNode>()];
        }
    }

    private static List<SearchNode> Exhaustive(SearchSpace space, int depth)
    {
        int n = space.Conditions.Count;
        SearchNode?[] roots = space.Evaluate([.. Enumerable.Range(0, n).Select(i => ((ulong[]?)null, new[] { i }, i))]);
        var perFirst = new List<SearchNode>[n];
        Parallel.For(0, n, i =>
        {
            var local = new List<SearchNode>();
            if (roots[i] is { } root)
            {
                local.Add(root);
                Extend(space, root, space.Materialise(root), depth, local);
            }
            perFirst[i] = local;
        });
        return [.. perFirst.SelectMany(l => l)];
    }

    /// <summary>Depth-first over conditions with a higher index than the last, so each set is visited once.</summary>
    private static void Extend(SearchSpace space, SearchNode parent, ulong[] words, int depth, List<SearchNode> found)
    {
        if (parent.Indexes.Length == depth) return;
        List<(ulong[]? Parent, int[] Indexes, int Added)> children =
        [
            .. Enumerable.Range(parent.Indexes[^1] + 1, space.Conditions.Count - parent.Indexes[^1] - 1)
                .Where(j => space.Compatible(parent.Indexes, j))
                .Select(j => ((ulong[]?)words, (int[])[.. parent.Indexes, j], j)),
        ];
        foreach (SearchNode? child in space.Evaluate(children))
        {
            if (child is null) continue;
            found.Add(child);
            if (child.Indexes.Length < depth)
                Extend(space, child, space.Materialise(child), depth, found);
        }
    }

    private static ulong Key(int[] sortedIndexes)
    {
        ulong key = 0;
        foreach (int i in sortedIndexes)
            key = (key << 16) | (uint)(i + 1);
        return key;
    }
}
