using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>A conjunction by candidate indexes (ascending) and its counts; <paramref name="Units"/> is its value in quantised units.</summary>
internal sealed record SearchNode(int[] Indexes, int Clients, int Churned, long Units);

/// <summary>
/// The candidates for the search: their rows, the cells of each column's conditions (<see cref="ConditionCells"/>),
/// the churn words, each client's quantised value and the base totals.
/// </summary>
internal sealed class SearchSpace
{
    /// <summary>Bits of the quantised value.</summary>
    private const int ValueBits = 20;

    private readonly ulong[][] _words;
    private readonly ulong[] _all;
    private readonly ulong[] _churn;
    private readonly int[]? _quanta;
    private readonly double _valueOffset;
    private readonly double _valueStep;
    private readonly int[] _columnOf;
    private readonly ConditionCells[] _cells;
    private readonly int[] _cellsOf;
    private readonly int[] _indexInCells;
    private readonly int _minSize;
    private readonly int _rows;
    private readonly int _baseChurned;
    private readonly double _baseValue;

    public SearchSpace(IReadOnlyList<Condition> conditions, RowSet churned, NumericColumn? values, int minSize)
    {
        Conditions = conditions;
        _words = [.. conditions.Select(c => c.Rows.SharedWords)];
        _all = RowSet.All(churned.Capacity).SharedWords;
        _churn = churned.SharedWords;
        _rows = churned.Capacity;
        _baseChurned = churned.Count;
        _minSize = minSize;
        var columns = conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        _columnOf = [.. conditions.Select(c => columns.IndexOf(c.Column))];
        (_quanta, _valueOffset, _valueStep, _baseValue) = values is null ? (null, 0, 0, 0) : Quantise(values);
        (_cells, _cellsOf, _indexInCells) = Cells(columns.Count);
    }

    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>The search weighs conjunctions by value (acquisition) and so counts each one's value.</summary>
    public bool CountsValue => _quanta is not null;

    public bool Compatible(int[] indexes, int j)
    {
        foreach (int i in indexes)
            if (_columnOf[i] == _columnOf[j]) return false;
        return true;
    }

    /// <summary>
    /// Counts the conjunctions of <paramref name="work"/>: each is its parent's rows (the AND of every index but
    /// <c>Added</c>, given as words; null for a single condition) AND the added condition; null when below the minimum
    /// size. The rows of each parent are counted once per column of the added conditions, per cell (in parallel), and
    /// each conjunction's figures are the sums over the cells of its added condition: exact integer counts, the same as
    /// counting the intersection itself.
    /// </summary>
    public SearchNode?[] Evaluate(IReadOnlyList<(ulong[]? Parent, int[] Indexes, int Added)> work)
    {
        // One count per distinct (parent, cells) pair the work needs, listed in the order of the work.
        var counts = new Dictionary<(ulong[]? Parent, int Cells), int>(new ParentCells());
        var needed = new List<(ulong[]? Parent, int Cells)>();
        foreach ((ulong[]? parent, int[] indexes, int added) in work)
        {
            if (parent is null && indexes.Length > 1)
                throw new InvalidOperationException("A conjunction of several conditions needs its parent's words.");
            if (counts.TryAdd((parent, _cellsOf[added]), needed.Count))
                needed.Add((parent, _cellsOf[added]));
        }
        var perCell = new CellCounts[needed.Count];
        Parallel.For(0, needed.Count, k => perCell[k] = Count(needed[k].Parent ?? _all, _cells[needed[k].Cells]));

        var nodes = new SearchNode?[work.Count];
        for (int i = 0; i < work.Count; i++)
        {
            (ulong[]? parent, int[] indexes, int added) = work[i];
            CellCounts cells = perCell[counts[(parent, _cellsOf[added])]];
            int clients = 0, churned = 0;
            long units = 0;
            foreach (int cell in _cells[_cellsOf[added]].CellsOf[_indexInCells[added]])
            {
                clients += cells.Clients[cell];
                churned += cells.Churned[cell];
                units += cells.Units[cell];
            }
            if (clients >= _minSize)
                nodes[i] = new SearchNode(indexes, clients, churned, units);
        }
        return nodes;
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
    /// units to its cell. The cost is the parent's rows, whatever the number of conditions the cells stand for.
    /// </summary>
    private CellCounts Count(ulong[] parent, ConditionCells cells)
    {
        var clients = new int[cells.Count];
        var churned = new int[cells.Count];
        var units = new long[cells.Count];
        byte[] cellOf = cells.CellOfRow;
        int[]? quanta = _quanta;
        for (int w = 0; w < parent.Length; w++)
        {
            ulong churn = _churn[w];
            int first = w << 6;
            for (ulong word = parent[w]; word != 0; word &= word - 1)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                int cell = cellOf[first + bit];
                clients[cell]++;
                churned[cell] += (int)((churn >> bit) & 1);
                if (quanta is not null)
                    units[cell] += quanta[first + bit];
            }
        }
        return new CellCounts(clients, churned, units);
    }

    /// <summary>
    /// The cells of each column's conditions, in chunks of at most 64 conditions, halved further while a chunk makes
    /// more than 256 cells; built in parallel. Returns the cell sets, and for each condition its set and its index there.
    /// </summary>
    private (ConditionCells[], int[], int[]) Cells(int columns)
    {
        var chunks = new List<int[]>();
        for (int column = 0; column < columns; column++)
        {
            int[] members = [.. Enumerable.Range(0, _columnOf.Length).Where(i => _columnOf[i] == column)];
            chunks.AddRange(members.Chunk(ConditionCells.MaxConditions));
        }
        var built = new List<(int[] Members, ConditionCells Cells)>[chunks.Count];
        Parallel.For(0, chunks.Count, k => built[k] = Build(chunks[k]));
        var cells = new List<ConditionCells>();
        var cellsOf = new int[_columnOf.Length];
        var indexInCells = new int[_columnOf.Length];
        foreach ((int[] members, ConditionCells set) in built.SelectMany(b => b))
        {
            for (int k = 0; k < members.Length; k++)
            {
                cellsOf[members[k]] = cells.Count;
                indexInCells[members[k]] = k;
            }
            cells.Add(set);
        }
        return ([.. cells], cellsOf, indexInCells);

        List<(int[], ConditionCells)> Build(int[] members)
        {
            if (ConditionCells.Of([.. members.Select(i => _words[i])], _rows) is { } set)
                return [(members, set)];
            // A single condition makes at most two cells, so halving always ends.
            int half = members.Length / 2;
            return [.. Build(members[..half]), .. Build(members[half..])];
        }
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

    /// <summary>Parents compared by reference (they are word arrays), cell sets by number.</summary>
    private sealed class ParentCells : IEqualityComparer<(ulong[]? Parent, int Cells)>
    {
        public bool Equals((ulong[]? Parent, int Cells) x, (ulong[]? Parent, int Cells) y) =>
            ReferenceEquals(x.Parent, y.Parent) && x.Cells == y.Cells;

        public int GetHashCode((ulong[]? Parent, int Cells) key) =>
            HashCode.Combine(key.Parent is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Parent), key.Cells);
    }
}
