using System.Collections.Immutable;
using System.Numerics;
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
    private const int ValueBits = 20;

    /// <summary>
    /// The best <paramref name="count"/> conjunctions with positive quality, best first, of at least
    /// <c>settings.MinSize</c> clients and at most <c>settings.MaxConditions</c> conditions.
    /// </summary>
    /// <param name="values">Per-client value for acquisition (missing counts as 0); ignored for retention.</param>
    public static ImmutableArray<Conjunction> Run(
        IReadOnlyList<Condition> candidates, RowSet churned, SegmentGoal goal, NumericColumn? values, DiscoverySettings settings, int count)
    {
        settings.Check();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates.Count, ushort.MaxValue);
        foreach (Condition condition in candidates)
            ArgumentOutOfRangeException.ThrowIfNotEqual(condition.Rows.Capacity, churned.Capacity);
        if (goal == SegmentGoal.Acquisition && values is null)
            throw new ArgumentException("Acquisition needs a value column.", nameof(values));

        var space = new Space(candidates, churned, goal == SegmentGoal.Acquisition ? values : null, settings.MinSize);
        List<Node> found = settings.Mode == SearchMode.Exhaustive
            ? Exhaustive(space, settings.MaxConditions)
            : Beam(space, settings.MaxConditions, settings.BeamWidth);
        return [.. found
            .Select(node => space.ToConjunction(node, goal))
            .Where(c => c.Quality > 0)
            .OrderByDescending(c => c.Quality)
            .ThenBy(c => c.RuleText, StringComparer.Ordinal)
            .Take(count)];
    }

    private static List<Node> Beam(Space space, int depth, int width)
    {
        var found = new List<Node>();
        List<Node> level = [.. Enumerable.Range(0, space.Conditions.Count)
            .Select(i => space.Evaluate(null, [i], i))
            .OfType<Node>()];
        for (int d = 1; ; d++)
        {
            found.AddRange(level);
            if (d == depth || level.Count == 0)
                return found;
            List<Node> beam = [.. level
                .Select(n => (Node: n, Quality: space.Quality(n)))
                .OrderByDescending(x => x.Quality)
                .ThenBy(x => space.Text(x.Node), StringComparer.Ordinal)
                .Take(width)
                .Select(x => x.Node)];

            // List the distinct extensions first (cheap), then count them in parallel: the counting is the cost.
            var seen = new HashSet<ulong>();
            var work = new List<(Node Parent, int[] Indexes, int Added)>();
            foreach (Node parent in beam)
                for (int j = 0; j < space.Conditions.Count; j++)
                {
                    if (!space.Compatible(parent.Indexes, j)) continue;
                    int[] indexes = [.. parent.Indexes.Append(j).Order()];
                    if (seen.Add(Key(indexes)))
                        work.Add((parent, indexes, j));
                }
            var parentWords = beam.ToDictionary(n => n, space.Materialise);
            var next = new Node?[work.Count];
            Parallel.For(0, work.Count, k => next[k] = space.Evaluate(parentWords[work[k].Parent], work[k].Indexes, work[k].Added));
            level = [.. next.OfType<Node>()];
        }
    }

    private static List<Node> Exhaustive(Space space, int depth)
    {
        int n = space.Conditions.Count;
        var perFirst = new List<Node>[n];
        Parallel.For(0, n, i =>
        {
            var local = new List<Node>();
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
    private static void Extend(Space space, Node parent, ulong[] words, int depth, List<Node> found)
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

    /// <summary>A conjunction by candidate indexes (ascending) and its counts; the value is in plane units.</summary>
    private sealed record Node(int[] Indexes, int Clients, int Churned, long[] PlaneCounts);

    /// <summary>The candidates as raw words, the churn words, the value bit planes and the base totals.</summary>
    private sealed class Space
    {
        private readonly ulong[][] _words;
        private readonly ulong[] _churn;
        private readonly ulong[][] _planes;
        private readonly double _valueOffset;
        private readonly double _valueStep;
        private readonly int[] _columnOf;
        private readonly int _minSize;
        private readonly int _rows;
        private readonly int _baseChurned;
        private readonly double _baseValue;

        public Space(IReadOnlyList<Condition> conditions, RowSet churned, NumericColumn? values, int minSize)
        {
            Conditions = conditions;
            _words = [.. conditions.Select(c => c.Rows.Words.ToArray())];
            _churn = churned.Words.ToArray();
            _rows = churned.Capacity;
            _baseChurned = churned.Count;
            _minSize = minSize;
            var columns = conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
            _columnOf = [.. conditions.Select(c => columns.IndexOf(c.Column))];
            (_planes, _valueOffset, _valueStep, _baseValue) = values is null ? ([], 0, 0, 0) : Planes(values);
        }

        public IReadOnlyList<Condition> Conditions { get; }

        public bool Compatible(int[] indexes, int j)
        {
            foreach (int i in indexes)
                if (_columnOf[i] == _columnOf[j]) return false;
            return true;
        }

        /// <summary>
        /// Counts <paramref name="indexes"/> as the parent's words (the AND of every index but <paramref name="added"/>;
        /// null for a single condition) AND the added condition; null when below the minimum size.
        /// </summary>
        public Node? Evaluate(ulong[]? parent, int[] indexes, int added)
        {
            ulong[] last = _words[added];
            if (parent is null && indexes.Length > 1)
                throw new InvalidOperationException("A conjunction of several conditions needs its parent's words.");
            ulong[] other = parent ?? last;
            int clients = 0, leavers = 0;
            for (int w = 0; w < last.Length; w++)
            {
                ulong x = other[w] & last[w];
                clients += BitOperations.PopCount(x);
                leavers += BitOperations.PopCount(x & _churn[w]);
            }
            if (clients < _minSize) return null;
            var planes = new long[_planes.Length];
            for (int b = 0; b < _planes.Length; b++)
            {
                ulong[] plane = _planes[b];
                long sum = 0;
                for (int w = 0; w < last.Length; w++)
                    sum += BitOperations.PopCount(other[w] & last[w] & plane[w]);
                planes[b] = sum;
            }
            return new Node(indexes, clients, leavers, planes);
        }

        public ulong[] Materialise(Node node)
        {
            var words = (ulong[])_words[node.Indexes[0]].Clone();
            for (int k = 1; k < node.Indexes.Length; k++)
            {
                ulong[] next = _words[node.Indexes[k]];
                for (int w = 0; w < words.Length; w++)
                    words[w] &= next[w];
            }
            return words;
        }

        public double Value(Node node)
        {
            double units = 0;
            for (int b = 0; b < node.PlaneCounts.Length; b++)
                units += node.PlaneCounts[b] * (double)(1L << b);
            return node.Clients * _valueOffset + units * _valueStep;
        }

        public double Quality(Node node) => _planes.Length == 0
            ? SegmentQuality.Retention(node.Clients, node.Churned, _rows, _baseChurned)
            : SegmentQuality.Acquisition(node.Clients, node.Churned, Value(node), _rows, _baseChurned, _baseValue);

        public string Text(Node node) => string.Join(" and ", node.Indexes.Select(i => Conditions[i].RuleText));

        public Conjunction ToConjunction(Node node, SegmentGoal goal) =>
            new([.. node.Indexes.Select(i => Conditions[i])], node.Clients, node.Churned,
                goal == SegmentGoal.Acquisition ? Value(node) : 0, Quality(node));

        /// <summary>
        /// Bit planes of the value quantised to <see cref="ValueBits"/> bits over its range (missing = 0), and the
        /// base total computed the same way, so that segment and base values are measured with one ruler.
        /// </summary>
        private static (ulong[][], double, double, double) Planes(NumericColumn values)
        {
            int n = values.Length;
            double min = 0, max = 0;
            for (int row = 0; row < n; row++)
            {
                double v = Clean(values, row);
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
            double step = max > min ? (max - min) / ((1 << ValueBits) - 1) : 1;
            var planes = new ulong[ValueBits][];
            for (int b = 0; b < ValueBits; b++)
                planes[b] = new ulong[(n + 63) >> 6];
            double units = 0;
            for (int row = 0; row < n; row++)
            {
                long q = (long)Math.Round((Clean(values, row) - min) / step, MidpointRounding.AwayFromZero);
                units += q;
                for (int b = 0; b < ValueBits; b++)
                    if ((q & (1L << b)) != 0)
                        planes[b][row >> 6] |= 1UL << (row & 63);
            }
            return (planes, min, step, n * min + units * step);
        }

        private static double Clean(NumericColumn values, int row) =>
            values.IsMissing(row) || !double.IsFinite(values.Values[row]) ? 0 : values.Values[row];
    }
}
