using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>A conjunction by candidate indexes (ascending) and its counts; <paramref name="Units"/> is its value in quantised units.</summary>
internal sealed record SearchNode(int[] Indexes, int Clients, int Churned, long Units);

/// <summary>The candidates prepared for one goal's search: the churn words, each client's quantised value and the base totals.</summary>
internal sealed class SearchSpace
{
    /// <summary>Bits of the quantised value.</summary>
    private const int ValueBits = 20;

    private readonly SearchCandidates _candidates;
    private readonly ulong[] _all;
    private readonly ulong[] _churn;
    private readonly int[]? _quanta;
    private readonly double _valueOffset;
    private readonly double _valueStep;
    private readonly int _minSize;
    private readonly int _rows;
    private readonly int _baseChurned;
    private readonly double _baseValue;

    public SearchSpace(IReadOnlyList<Condition> conditions, RowSet churned, NumericColumn? values, int minSize)
        : this(SearchCandidates.Of(conditions, churned.Capacity), churned, values, minSize)
    {
    }

    public SearchSpace(SearchCandidates candidates, RowSet churned, NumericColumn? values, int minSize)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(candidates.Rows, churned.Capacity);
        _candidates = candidates;
        Conditions = candidates.Conditions;
        _all = RowSet.All(churned.Capacity).SharedWords;
        _churn = churned.SharedWords;
        _rows = churned.Capacity;
        _baseChurned = churned.Count;
        _minSize = minSize;
        (_quanta, _valueOffset, _valueStep, _baseValue) = values is null ? (null, 0, 0, 0) : Quantise(values);
    }

    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>The search weighs conjunctions by value (acquisition) and so counts each one's value.</summary>
    public bool CountsValue => _quanta is not null;

    public bool Compatible(int[] indexes, int j) => _candidates.Compatible(indexes, j);

    /// <summary>
    /// Counts the conjunctions of <paramref name="work"/>: each is its parent's rows (the AND of every index but
    /// <c>Added</c>, given as words; null for a single condition) AND the added condition; null when below the minimum
    /// size. Each distinct parent's rows are counted once per cell (parents in parallel), and each conjunction's figures
    /// are the sums over the cells of its added condition: exact integer counts, the same as counting the intersection.
    /// </summary>
    public SearchNode?[] Evaluate(IReadOnlyList<(ulong[]? Parent, int[] Indexes, int Added)> work)
    {
        var parentIndex = new Dictionary<ulong[], int>(ReferenceEqualityComparer.Instance);
        var parents = new List<ulong[]>();
        foreach ((ulong[]? parent, int[] indexes, _) in work)
        {
            if (parent is null && indexes.Length > 1)
                throw new InvalidOperationException("A conjunction of several conditions needs its parent's words.");
            if (parentIndex.TryAdd(parent ?? _all, parents.Count))
                parents.Add(parent ?? _all);
        }
        var perParent = new CellCounts[parents.Count];
        Parallel.For(0, parents.Count, p => perParent[p] = Count(parents[p]));

        var nodes = new SearchNode?[work.Count];
        for (int i = 0; i < work.Count; i++)
        {
            (ulong[]? parent, int[] indexes, int added) = work[i];
            CellCounts counts = perParent[parentIndex[parent ?? _all]];
            int clients = 0, churned = 0;
            long units = 0;
            foreach (int cell in _candidates.CellsOf[added])
            {
                clients += counts.Clients[cell];
                churned += counts.Churned[cell];
                units += counts.Units[cell];
            }
            if (clients >= _minSize)
                nodes[i] = new SearchNode(indexes, clients, churned, units);
        }
        return nodes;
    }

    public ulong[] Materialise(SearchNode node)
    {
        var words = (ulong[])_candidates.Words[node.Indexes[0]].Clone();
        for (int k = 1; k < node.Indexes.Length; k++)
        {
            ulong[] next = _candidates.Words[node.Indexes[k]];
            for (int w = 0; w < words.Length; w++)
                words[w] &= next[w];
        }
        return words;
    }

    /// <summary>The value in quantised units of the rows in <paramref name="rows"/>, row by row (for tests of <see cref="Evaluate"/>).</summary>
    internal long UnitsOf(RowSet rows)
    {
        long units = 0;
        if (_quanta is not null)
            rows.ForEach(row => units += _quanta[row]);
        return units;
    }

    public double Value(SearchNode node) => node.Clients * _valueOffset + node.Units * _valueStep;

    public double Quality(SearchNode node) => !CountsValue
        ? SegmentQuality.Retention(node.Clients, node.Churned, _rows, _baseChurned)
        : SegmentQuality.Acquisition(node.Clients, node.Churned, Value(node), _rows, _baseChurned, _baseValue);

    public string Text(SearchNode node) => string.Join(" and ", node.Indexes.Select(i => Conditions[i].RuleText));

    public Conjunction ToConjunction(SearchNode node) =>
        new([.. node.Indexes.Select(i => Conditions[i])], node.Clients, node.Churned, CountsValue ? Value(node) : 0, Quality(node));

    /// <summary>Clients, churned clients and value units per cell among a parent's rows.</summary>
    private sealed record CellCounts(int[] Clients, int[] Churned, long[] Units);

    /// <summary>
    /// One pass over the parent's rows (a word at a time, then its set bits): each row adds 1, its churn bit and its value
    /// units to its cell in every set. The cost is the parent's rows times the sets, whatever the number of conditions
    /// the cells stand for; the sets' counters are independent, so the additions of one row do not wait on each other.
    /// </summary>
    private CellCounts Count(ulong[] parent)
    {
        var clients = new int[_candidates.CellCount];
        var churned = new int[_candidates.CellCount];
        var units = new long[_candidates.CellCount];
        byte[][] sets = _candidates.CellSets;
        int[] cellBase = _candidates.CellBase;
        for (int w = 0; w < parent.Length; w++)
        {
            ulong churn = _churn[w];
            int first = w << 6;
            for (ulong word = parent[w]; word != 0; word &= word - 1)
            {
                int bit = BitOperations.TrailingZeroCount(word), row = first + bit;
                int left = (int)((churn >> bit) & 1);
                long quantum = _quanta is null ? 0 : _quanta[row];
                for (int g = 0; g < sets.Length; g++)
                {
                    int cell = cellBase[g] + sets[g][row];
                    clients[cell]++;
                    churned[cell] += left;
                    units[cell] += quantum;
                }
            }
        }
        return new CellCounts(clients, churned, units);
    }

    /// <summary>
    /// Each client's value quantised to ValueBits bits over its range (missing = 0), and the base total computed the
    /// same way, so that segment and base values are measured with one ruler.
    /// </summary>
    private static (int[], double, double, double) Quantise(NumericColumn values)
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
        var quanta = new int[n];
        double units = 0;
        for (int row = 0; row < n; row++)
        {
            long q = (long)Math.Round((Clean(values, row) - min) / step, MidpointRounding.AwayFromZero);
            units += q;
            quanta[row] = (int)q;
        }
        return (quanta, min, step, n * min + units * step);
    }

    private static double Clean(NumericColumn values, int row) =>
        values.IsMissing(row) || !double.IsFinite(values.Values[row]) ? 0 : values.Values[row];
}
