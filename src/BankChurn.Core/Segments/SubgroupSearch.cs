using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// Searches conjunctions of candidate conditions on distinct columns for the best segments by
/// <see cref="SegmentQuality"/>. Every count is a word-wise AND of precomputed row sets plus a popcount, so the search
/// never loops over rows: a conjunction over a million clients costs about 16 000 word operations.
/// </summary>
/// <remarks>
/// Pruning by size is exact: adding a condition never grows a segment, so a conjunction below the minimum size has no
/// descendant that reaches it. With a beam at least as wide as every level, the beam therefore visits exactly the
/// conjunctions the exhaustive search does. Ties are broken by quality, then by rule text (ordinal), so results do not
/// depend on thread scheduling.
/// For acquisition the value of a conjunction is summed from bit planes of the value column, quantised to 2^-20 of
/// its range (an error below a millionth of the largest value per client), so it too needs no per-row loop; the
/// figures reported for a segment are recomputed exactly afterwards.
/// </remarks>
public static class SubgroupSearch
{
    /// <summary>
    /// The best <paramref name="count"/> conjunctions with positive quality, best first, of at least
    /// <c>settings.MinSize</c> clients and at most <c>settings.MaxConditions</c> conditions.
    /// </summary>
    /// <param name="values">Per-client value for acquisition (missing counts as 0); ignored for retention.</param>
    public static ImmutableArray<Conjunction> Run(
        IReadOnlyList<Condition> candidates, RowSet churned, SegmentGoal goal, NumericColumn? values, DiscoverySettings settings, int count) =>
        Run(candidates, churned, goal, values, settings, count, valueOfEveryNode: false);

    /// <param name="valueOfEveryNode">Count the value of every conjunction, not only of those that can score above 0 (tests of that shortcut).</param>
    internal static ImmutableArray<Conjunction> Run(
        IReadOnlyList<Condition> candidates, RowSet churned, SegmentGoal goal, NumericColumn? values, DiscoverySettings settings, int count,
        bool valueOfEveryNode)
    {
        settings.Check();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates.Count, ushort.MaxValue);
        foreach (Condition condition in candidates)
            ArgumentOutOfRangeException.ThrowIfNotEqual(condition.Rows.Capacity, churned.Capacity);
        if (goal == SegmentGoal.Acquisition && values is null)
            throw new ArgumentException("Acquisition needs a value column.", nameof(values));

        var space = new SearchSpace(candidates, churned, goal == SegmentGoal.Acquisition ? values : null, settings.MinSize, valueOfEveryNode);
        List<SearchNode> found = settings.Mode == SearchMode.Exhaustive
            ? Exhaustive(space, settings.MaxConditions)
            : Beam(space, settings.MaxConditions, settings.BeamWidth);
        return [.. found
            .Where(space.MayScoreAboveZero)
            .Select(space.ToConjunction)
            .Where(c => c.Quality > 0)
            .OrderByDescending(c => c.Quality)
            .ThenBy(c => c.RuleText, StringComparer.Ordinal)
            .Take(count)];
    }

    private static List<SearchNode> Beam(SearchSpace space, int depth, int width)
    {
        var found = new List<SearchNode>();
        List<SearchNode> level = Evaluate(space, [.. Enumerable.Range(0, space.Conditions.Count).Select(i => ((SearchNode?)null, new[] { i }, i))], null);
        for (int d = 1; ; d++)
        {
            found.AddRange(level);
            if (d == depth || level.Count == 0)
                return found;
            // Nodes whose value was not counted score at most 0, below every positive node: they can only matter when
            // fewer than a beam's width of nodes score above 0, and then their values are counted for the ranking.
            List<SearchNode> ranked = [.. level.Where(space.MayScoreAboveZero)];
            if (ranked.Count < level.Count && ranked.Count(n => space.Quality(n) > 0) < width)
                ranked = [.. level.Select(space.WithValue)];
            List<SearchNode> beam = [.. ranked
                .Select(n => (Node: n, Quality: space.Quality(n)))
                .OrderByDescending(x => x.Quality)
                .ThenBy(x => space.Text(x.Node), StringComparer.Ordinal)
                .Take(width)
                .Select(x => x.Node)];

            // List the distinct extensions first (cheap), then count them in parallel: the counting is the cost.
            var seen = new HashSet<ulong>();
            var work = new List<(SearchNode? Parent, int[] Indexes, int Added)>();
            foreach (SearchNode parent in beam)
                for (int j = 0; j < space.Conditions.Count; j++)
                {
                    if (!space.Compatible(parent.Indexes, j)) continue;
                    int[] indexes = [.. parent.Indexes.Append(j).Order()];
                    if (seen.Add(Key(indexes)))
                        work.Add((parent, indexes, j));
                }
            level = Evaluate(space, work, beam.ToDictionary(n => n, space.Materialise));
        }
    }

    /// <summary>
    /// Counts the conjunctions of <paramref name="work"/> (listed parent by parent) in parallel, in batches of one parent's
    /// extensions so that each batch reads the parent and the value planes once; keeps the order of the work.
    /// </summary>
    private static List<SearchNode> Evaluate(SearchSpace space, List<(SearchNode? Parent, int[] Indexes, int Added)> work, Dictionary<SearchNode, ulong[]>? parentWords)
    {
        var batches = new List<(int Start, int Count)>();
        for (int start = 0; start < work.Count;)
        {
            int end = start + 1;
            while (end < work.Count && end - start < SearchSpace.BatchSize && ReferenceEquals(work[end].Parent, work[start].Parent))
                end++;
            batches.Add((start, end - start));
            start = end;
        }
        var next = new SearchNode?[work.Count];
        Parallel.For(0, batches.Count, b =>
        {
            (int start, int count) = batches[b];
            List<(SearchNode? Parent, int[] Indexes, int Added)> batch = work.GetRange(start, count);
            ulong[]? parent = batch[0].Parent is { } p ? parentWords![p] : null;
            SearchNode?[] counted = space.Evaluate(parent, [.. batch.Select(x => x.Indexes)], [.. batch.Select(x => x.Added)]);
            counted.CopyTo(next, start);
        });
        return [.. next.OfType<SearchNode>()];
    }

    private static List<SearchNode> Exhaustive(SearchSpace space, int depth)
    {
        int n = space.Conditions.Count;
        var perFirst = new List<SearchNode>[n];
        Parallel.For(0, n, i =>
        {
            var local = new List<SearchNode>();
            if (space.Evaluate(null, [i], i) is { } root)
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
        for (int j = parent.Indexes[^1] + 1; j < space.Conditions.Count; j++)
        {
            if (!space.Compatible(parent.Indexes, j)) continue;
            if (space.Evaluate(words, [.. parent.Indexes, j], j) is not { } child) continue;
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
