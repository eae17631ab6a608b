namespace BankChurn.Core.Segments;

/// <summary>
/// Candidate conditions prepared for the segment search, whatever its goal: their row words, the column of each, and
/// each column's conditions cut into cells (<see cref="ConditionCells"/>). Built once and shared by the retention and
/// acquisition searches, which read it from both threads and never write to it.
/// </summary>
internal sealed class SearchCandidates
{
    private readonly int[] _columnOf;

    private SearchCandidates(
        IReadOnlyList<Condition> conditions, int rows, int[] columnOf, byte[][] cellSets, int[] cellBase, int cellCount, int[] setOf, int[][] cellsOf)
    {
        Conditions = conditions;
        Rows = rows;
        _columnOf = columnOf;
        Words = [.. conditions.Select(c => c.Rows.SharedWords)];
        CellSets = cellSets;
        CellBase = cellBase;
        CellCount = cellCount;
        SetOf = setOf;
        CellsOf = cellsOf;
    }

    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>The rows of the table the conditions range over.</summary>
    public int Rows { get; }

    /// <summary>Each condition's row words (the condition's own, not a copy).</summary>
    public ulong[][] Words { get; }

    /// <summary>For each set of cells, each row's cell.</summary>
    public byte[][] CellSets { get; }

    /// <summary>Each set's first counter among all the sets' cells.</summary>
    public int[] CellBase { get; }

    /// <summary>The cells of all sets together.</summary>
    public int CellCount { get; }

    /// <summary>For each condition, the set of cells it is cut into.</summary>
    public int[] SetOf { get; }

    /// <summary>For each condition, its cells as counters (set's first counter + cell).</summary>
    public int[][] CellsOf { get; }

    /// <summary>No two conditions of a conjunction may be on the same column.</summary>
    public bool Compatible(int[] indexes, int j)
    {
        foreach (int i in indexes)
            if (_columnOf[i] == _columnOf[j]) return false;
        return true;
    }

    /// <summary>
    /// Cuts each column's conditions into cells, in sets of at most 64 conditions, halved further while a set makes more
    /// than 256 cells; the sets are built in parallel.
    /// </summary>
    public static SearchCandidates Of(IReadOnlyList<Condition> conditions, int rows)
    {
        foreach (Condition condition in conditions)
            ArgumentOutOfRangeException.ThrowIfNotEqual(condition.Rows.Capacity, rows);
        var columns = conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        int[] columnOf = [.. conditions.Select(c => columns.IndexOf(c.Column))];
        ulong[][] words = [.. conditions.Select(c => c.Rows.SharedWords)];
        var chunks = new List<int[]>();
        for (int column = 0; column < columns.Count; column++)
            chunks.AddRange(Enumerable.Range(0, conditions.Count).Where(i => columnOf[i] == column).Chunk(ConditionCells.MaxConditions));
        var built = new List<(int[] Members, ConditionCells Cells, byte[] CellOfRow)>[chunks.Count];
        Parallel.For(0, chunks.Count, k => built[k] = Build(chunks[k]));
        (int[] Members, ConditionCells Cells, byte[] CellOfRow)[] sets = [.. built.SelectMany(b => b)];

        var cellBase = new int[sets.Length];
        var cellsOf = new int[conditions.Count][];
        var setOf = new int[conditions.Count];
        int next = 0;
        for (int g = 0; g < sets.Length; next += sets[g].Cells.Count, g++)
        {
            cellBase[g] = next;
            for (int k = 0; k < sets[g].Members.Length; k++)
            {
                setOf[sets[g].Members[k]] = g;
                cellsOf[sets[g].Members[k]] = [.. sets[g].Cells.CellsOf[k].Select(cell => next + cell)];
            }
        }
        return new SearchCandidates(conditions, rows, columnOf, [.. sets.Select(s => s.CellOfRow)], cellBase, next, setOf, cellsOf);

        List<(int[], ConditionCells, byte[])> Build(int[] members)
        {
            var cells = new byte[rows];
            if (ConditionCells.Of([.. members.Select(i => words[i])], rows, cells) is { } set)
                return [(members, set, cells)];
            // A single condition makes at most two cells, so halving always ends.
            int half = members.Length / 2;
            return [.. Build(members[..half]), .. Build(members[half..])];
        }
    }
}
