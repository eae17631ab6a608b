using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// A conjunction by candidate indexes (ascending) and its counts. <paramref name="Units"/> is its value in plane units
/// (the sum of every client's quantised value); null when the search has not counted it because the node cannot score
/// above 0 (see <see cref="SearchSpace.Evaluate"/>).
/// </summary>
internal sealed record SearchNode(int[] Indexes, int Clients, int Churned, long? Units);

/// <summary>The candidates as raw words, the churn words, the value bit planes and the base totals.</summary>
internal sealed class SearchSpace
{
    /// <summary>Bits of the quantised value; a multiple of 4 (see <see cref="Units"/>).</summary>
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
    private readonly bool _valueOfEveryNode;

    /// <param name="valueOfEveryNode">Count the value of every node, even of those that cannot score above 0 (for tests of the shortcut).</param>
    public SearchSpace(IReadOnlyList<Condition> conditions, RowSet churned, NumericColumn? values, int minSize, bool valueOfEveryNode = false)
    {
        Conditions = conditions;
        _words = [.. conditions.Select(c => c.Rows.SharedWords)];
        _churn = churned.SharedWords;
        _rows = churned.Capacity;
        _baseChurned = churned.Count;
        _minSize = minSize;
        var columns = conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        _columnOf = [.. conditions.Select(c => columns.IndexOf(c.Column))];
        (_planes, _valueOffset, _valueStep, _baseValue) = values is null ? ([], 0, 0, 0) : Planes(values);
        // The shortcut in Evaluate needs every client's quantised value to be at least 0, i.e. no negative value (the
        // offset is the smallest value or 0, whichever is lower).
        _valueOfEveryNode = valueOfEveryNode || _valueOffset < 0;
    }

    public IReadOnlyList<Condition> Conditions { get; }

    public bool Compatible(int[] indexes, int j)
    {
        foreach (int i in indexes)
            if (_columnOf[i] == _columnOf[j]) return false;
        return true;
    }

    /// <summary>The search weighs conjunctions by value (acquisition) and so must count each one's value.</summary>
    public bool CountsValue => _planes.Length > 0;

    /// <summary>How many conjunctions of one parent <see cref="Evaluate(ulong[], IReadOnlyList{int[]}, IReadOnlyList{int})"/> is given at most.</summary>
    public const int BatchSize = 8;

    /// <summary>
    /// Counts <paramref name="indexes"/> as the parent's words (the AND of every index but <paramref name="added"/>;
    /// null for a single condition) AND the added condition; null when below the minimum size.
    /// </summary>
    public SearchNode? Evaluate(ulong[]? parent, int[] indexes, int added) => Evaluate(parent, [indexes], [added])[0];

    /// <summary>
    /// Counts several conjunctions that extend the same parent by one condition each (<paramref name="added"/>[i] is
    /// the condition that <paramref name="indexes"/>[i] adds), each null when below the minimum size. One pass reads
    /// the parent's words, and each word's value planes, once for the whole batch rather than once per conjunction:
    /// the planes (twenty words per 64 clients) are most of the memory a count reads.
    /// The value is counted only for a node that churns less than the base: with no negative values, any other node
    /// has an acquisition quality of at most 0 whatever its value (<see cref="SegmentQuality.Acquisition"/>), so it is
    /// never reported and ranks below every node with a positive quality; <see cref="WithValue"/> counts it later if
    /// the beam needs it.
    /// </summary>
    public SearchNode?[] Evaluate(ulong[]? parent, IReadOnlyList<int[]> indexes, IReadOnlyList<int> added)
    {
        int batch = added.Count;
        ArgumentOutOfRangeException.ThrowIfNotEqual(indexes.Count, batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch, BatchSize);
        if (parent is null && indexes.Any(i => i.Length > 1))
            throw new InvalidOperationException("A conjunction of several conditions needs its parent's words.");
        ulong[][] last = [.. added.Select(i => _words[i])];
        Span<int> clients = stackalloc int[batch], leavers = stackalloc int[batch];
        clients.Clear();
        leavers.Clear();
        for (int w = 0; w < _churn.Length; w++)
        {
            ulong p = parent is null ? ulong.MaxValue : parent[w], churn = _churn[w];
            for (int i = 0; i < batch; i++)
            {
                ulong x = p & last[i][w];
                clients[i] += BitOperations.PopCount(x);
                leavers[i] += BitOperations.PopCount(x & churn);
            }
        }

        var nodes = new SearchNode?[batch];
        var valued = new List<int>(batch);
        for (int i = 0; i < batch; i++)
        {
            if (clients[i] < _minSize) continue;
            nodes[i] = new SearchNode(indexes[i], clients[i], leavers[i], null);
            if (CountsValue && (_valueOfEveryNode || ChurnsLessThanBase(clients[i], leavers[i])))
                valued.Add(i);
        }
        if (valued.Count > 0)
        {
            long[] units = Units(parent, [.. valued.Select(i => last[i])]);
            for (int k = 0; k < valued.Count; k++)
                nodes[valued[k]] = nodes[valued[k]]! with { Units = units[k] };
        }
        return nodes;
    }

    /// <summary>The node with its value counted, if it was not yet.</summary>
    public SearchNode WithValue(SearchNode node) =>
        node.Units is not null || !CountsValue ? node : node with { Units = Units(Materialise(node), [_words[node.Indexes[^1]]])[0] };

    /// <summary>
    /// False when the node's quality is known to be at most 0 without its value (see <see cref="Evaluate(ulong[], IReadOnlyList{int[]}, IReadOnlyList{int})"/>);
    /// its <see cref="Quality"/> is then not available until <see cref="WithValue"/> has counted it.
    /// </summary>
    public bool MayScoreAboveZero(SearchNode node) => !CountsValue || node.Units is not null;

    /// <summary>The loyalty gain of <see cref="SegmentQuality.Acquisition"/>, computed the same way, is positive.</summary>
    private bool ChurnsLessThanBase(int clients, int churned) => (double)_baseChurned / _rows - (double)churned / clients > 0;

    /// <summary>
    /// For each of <paramref name="last"/>, the sum of the quantised values of parent AND it (null parent: every row):
    /// Σ over value bits b of 2^b × the clients whose bit b is set. The planes are interleaved word by word, so a
    /// word's twenty planes are one contiguous run that stays in the cache while every conjunction of the batch reads
    /// it; empty words are skipped. Each sum is an exact integer (at most 2^20 per client), so the order of the
    /// additions does not matter.
    /// </summary>
    private long[] Units(ulong[]? parent, ulong[][] last)
    {
        ReadOnlySpan<ulong> planes = _planes;
        var units = new long[last.Length];
        for (int w = 0; w < _churn.Length; w++)
        {
            ulong p = parent is null ? ulong.MaxValue : parent[w];
            if (p == 0) continue;
            ReadOnlySpan<ulong> plane = planes.Slice(w * ValueBits, ValueBits);
            for (int i = 0; i < last.Length; i++)
            {
                ulong x = p & last[i][w];
                if (x == 0) continue;
                // Four partial sums let the popcounts run side by side.
                long s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int b = 0; b < ValueBits; b += 4)
                {
                    s0 += (long)BitOperations.PopCount(x & plane[b]) << b;
                    s1 += (long)BitOperations.PopCount(x & plane[b + 1]) << (b + 1);
                    s2 += (long)BitOperations.PopCount(x & plane[b + 2]) << (b + 2);
                    s3 += (long)BitOperations.PopCount(x & plane[b + 3]) << (b + 3);
                }
                units[i] += s0 + s1 + s2 + s3;
            }
        }
        return units;
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

    public double Value(SearchNode node) =>
        node.Clients * _valueOffset + (node.Units ?? throw new InvalidOperationException("The node's value was not counted.")) * _valueStep;

    public double Quality(SearchNode node) => !CountsValue
        ? SegmentQuality.Retention(node.Clients, node.Churned, _rows, _baseChurned)
        : SegmentQuality.Acquisition(node.Clients, node.Churned, Value(node), _rows, _baseChurned, _baseValue);

    public string Text(SearchNode node) => string.Join(" and ", node.Indexes.Select(i => Conditions[i].RuleText));

    public Conjunction ToConjunction(SearchNode node) =>
        new([.. node.Indexes.Select(i => Conditions[i])], node.Clients, node.Churned, CountsValue ? Value(node) : 0, Quality(node));

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
