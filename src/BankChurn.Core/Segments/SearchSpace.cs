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
        // Each distinct parent, and the sets of cells its extensions need (not those of the parent's own columns).
        var parentIndex = new Dictionary<ulong[], int>(ReferenceEqualityComparer.Instance);
        var parents = new List<(ulong[] Words, SortedSet<int> Sets)>();
        foreach ((ulong[]? parent, int[] indexes, int added) in work)
        {
            if (parent is null && indexes.Length > 1)
                throw new InvalidOperationException("A conjunction of several conditions needs its parent's words.");
            if (parentIndex.TryAdd(parent ?? _all, parents.Count))
                parents.Add((parent ?? _all, []));
            parents[parentIndex[parent ?? _all]].Sets.Add(_candidates.SetOf[added]);
        }
        var perParent = new CellCounts[parents.Count];
        Parallel.For(0, parents.Count, p => perParent[p] = Count(parents[p].Words, [.. parents[p].Sets]));

        var nodes = new SearchNode?[work.Count];
        for (int i = 0; i < work.Count; i++)
        {
            (ulong[]? parent, int[] indexes, int added) = work[i];
            CellCounts counts = perParent[parentIndex[parent ?? _all]];
            int clients = 0, churned = 0;
            long units = 0;
            foreach (int cell in _candidates.CellsOf[added])
            {
                clients += (int)(counts.Clients[cell] & uint.MaxValue);
                churned += (int)(counts.Clients[cell] >> 32);
                units += counts.Units.Length == 0 ? 0 : counts.Units[cell];
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

    /// <summary>
    /// Per cell among a parent's rows: clients in the low 32 bits of <paramref name="Clients"/> and churned clients in the
    /// high 32 (one addition per row counts both), and value units (acquisition only; zeros otherwise).
    /// </summary>
    private sealed record CellCounts(long[] Clients, long[] Units);

    /// <summary>
    /// One pass over the parent's rows (a word at a time, then its set bits): each row adds itself and its churn bit,
    /// and for acquisition its value units, to its cell in each of <paramref name="sets"/>. The cost is the parent's rows
    /// times the sets, whatever the number of conditions the cells stand for; the sets' counters are independent, so the
    /// additions of one row do not wait on each other.
    /// </summary>
    private CellCounts Count(ulong[] parent, int[] sets)
    {
        var clients = new long[_candidates.CellCount];
        var units = new long[_quanta is null ? 0 : _candidates.CellCount];
        byte[][] cellSets = [.. sets.Select(g => _candidates.CellSets[g])];
        int[] cellBase = [.. sets.Select(g => _candidates.CellBase[g])];
        int[]? quanta = _quanta;
        for (int w = 0; w < parent.Length; w++)
        {
            ulong churn = _churn[w];
            int first = w << 6;
            for (ulong word = parent[w]; word != 0; word &= word - 1)
            {
                int bit = BitOperations.TrailingZeroCount(word), row = first + bit;
                long one = 1L | ((long)((churn >> bit) & 1) << 32);
                if (quanta is null)
                {
                    for (int g = 0; g < cellSets.Length; g++)
                        clients[cellBase[g] + cellSets[g][row]] += one;
                }
                else
                {
                    long quantum = quanta[row];
                    for (int g = 0; g < cellSets.Length; g++)
                    {
                        int cell = cellBase[g] + cellSets[g][row];
                        clients[cell] += one;
                        units[cell] += quantum;
                    }
                }
            }
        }
        return new CellCounts(clients, units);
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
