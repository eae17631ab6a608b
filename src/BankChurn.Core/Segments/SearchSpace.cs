using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>A conjunction by candidate indexes (ascending) and its counts; the value is in plane units.</summary>
internal sealed record SearchNode(int[] Indexes, int Clients, int Churned, long[] PlaneCounts);

/// <summary>The candidates as raw words, the churn words, the value bit planes and the base totals.</summary>
internal sealed class SearchSpace
{
    private const int ValueBits = 20;

    private readonly ulong[][] _words;
    private readonly ulong[] _churn;
    private readonly ulong[] _planes;
    private readonly double _valueOffset;
    private readonly double _valueStep;
    private readonly int[] _columnOf;
    private readonly int _minSize;
    private readonly int _rows;
    private readonly int _baseChurned;
    private readonly double _baseValue;

    public SearchSpace(IReadOnlyList<Condition> conditions, RowSet churned, NumericColumn? values, int minSize)
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
    public SearchNode? Evaluate(ulong[]? parent, int[] indexes, int added)
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
        return new SearchNode(indexes, clients, leavers, _planes.Length == 0 ? [] : PlaneCounts(other, last));
    }

    /// <summary>
    /// Clients of other AND last per value bit. The planes are interleaved word by word, so one pass reads each
    /// segment word once and the planes of that word as one contiguous run; empty words are skipped.
    /// </summary>
    private long[] PlaneCounts(ulong[] other, ulong[] last)
    {
        Span<long> sums = stackalloc long[ValueBits];
        sums.Clear();
        ulong[] planes = _planes;
        for (int w = 0; w < last.Length; w++)
        {
            ulong x = other[w] & last[w];
            if (x == 0) continue;
            int at = w * ValueBits;
            for (int b = 0; b < ValueBits; b++)
                sums[b] += BitOperations.PopCount(x & planes[at + b]);
        }
        return sums.ToArray();
    }

    public ulong[] Materialise(SearchNode node)
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

    public double Value(SearchNode node)
    {
        double units = 0;
        for (int b = 0; b < node.PlaneCounts.Length; b++)
            units += node.PlaneCounts[b] * (double)(1L << b);
        return node.Clients * _valueOffset + units * _valueStep;
    }

    public double Quality(SearchNode node) => _planes.Length == 0
        ? SegmentQuality.Retention(node.Clients, node.Churned, _rows, _baseChurned)
        : SegmentQuality.Acquisition(node.Clients, node.Churned, Value(node), _rows, _baseChurned, _baseValue);

    public string Text(SearchNode node) => string.Join(" and ", node.Indexes.Select(i => Conditions[i].RuleText));

    public Conjunction ToConjunction(SearchNode node, SegmentGoal goal) =>
        new([.. node.Indexes.Select(i => Conditions[i])], node.Clients, node.Churned,
            goal == SegmentGoal.Acquisition ? Value(node) : 0, Quality(node));

    /// <summary>
    /// Bit planes of the value quantised to ValueBits bits over its range (missing = 0), interleaved (word w of
    /// plane b at w × ValueBits + b), and the
    /// base total computed the same way, so that segment and base values are measured with one ruler.
    /// </summary>
    private static (ulong[], double, double, double) Planes(NumericColumn values)
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
        var planes = new ulong[((n + 63) >> 6) * ValueBits];
        double units = 0;
        for (int row = 0; row < n; row++)
        {
            long q = (long)Math.Round((Clean(values, row) - min) / step, MidpointRounding.AwayFromZero);
            units += q;
            for (int b = 0; b < ValueBits; b++)
                if ((q & (1L << b)) != 0)
                    planes[((row >> 6) * ValueBits) + b] |= 1UL << (row & 63);
        }
        return (planes, min, step, n * min + units * step);
    }

    private static double Clean(NumericColumn values, int row) =>
        values.IsMissing(row) || !double.IsFinite(values.Values[row]) ? 0 : values.Values[row];
}
