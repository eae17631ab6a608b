namespace BankChurn.Core.Segments;

/// <summary>
/// Up to 64 conditions (on one column) as cells: rows that meet exactly the same of those conditions share a cell.
/// Counting a parent's rows per cell then gives the count of the parent AND every one of the conditions as a sum over a
/// few cells, in one pass over the parent's rows, instead of one pass over every word per condition. The cells come
/// from the conditions' own rows, so they hold whatever the conditions select; thresholds play no part.
/// </summary>
internal sealed class ConditionCells
{
    /// <summary>The most conditions in one set: a row's pattern of memberships is one 64-bit word.</summary>
    public const int MaxConditions = 64;

    /// <summary>The most cells: a row's cell is one byte.</summary>
    public const int MaxCells = 256;

    private ConditionCells(int count, int[][] cellsOf)
    {
        Count = count;
        CellsOf = cellsOf;
    }

    public int Count { get; }

    /// <summary>For each condition (in the order given), the cells whose rows meet it.</summary>
    public int[][] CellsOf { get; }

    /// <summary>
    /// The cells of the conditions whose row words are <paramref name="conditions"/>, over <paramref name="rows"/> rows,
    /// each row's cell written to <paramref name="cellOfRow"/>; null when they make more than <see cref="MaxCells"/> cells
    /// (the caller then splits the conditions).
    /// </summary>
    public static ConditionCells? Of(IReadOnlyList<ulong[]> conditions, int rows, byte[] cellOfRow)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(conditions.Count, MaxConditions);
        var patterns = new PatternTable();
        Span<ulong> block = stackalloc ulong[64];
        for (int w = 0, words = (rows + 63) >> 6; w < words; w++)
        {
            // Word w of condition k is row k of a 64 × 64 bit matrix; transposed, row b holds which conditions row
            // w·64 + b meets: its pattern.
            block.Clear();
            for (int k = 0; k < conditions.Count; k++)
                block[k] = conditions[k][w];
            Transpose(block);
            int first = w << 6, end = Math.Min(64, rows - first);
            for (int b = 0; b < end; b++)
            {
                int cell = patterns.CellOf(block[b]);
                if (cell < 0) return null;
                cellOfRow[first + b] = (byte)cell;
            }
        }
        int[][] cellsOf = [.. Enumerable.Range(0, conditions.Count).Select(k => patterns.CellsWith(k))];
        return new ConditionCells(patterns.Count, cellsOf);
    }

    /// <summary>
    /// Transposes a 64 × 64 bit matrix in place (bit j of row i becomes bit i of row j) by swapping off-diagonal
    /// blocks of 32, 16, …, 1 (Warren, Hacker's Delight, 2nd ed., 7-3): 6 × 32 swaps instead of 4 096 single bits.
    /// </summary>
    internal static void Transpose(Span<ulong> a)
    {
        ulong mask = 0x00000000FFFFFFFFUL;
        for (int j = 32; j != 0; j >>= 1, mask ^= mask << j)
        {
            for (int k = 0; k < 64; k = (k + j + 1) & ~j)
            {
                ulong t = ((a[k] >> j) ^ a[k + j]) & mask;
                a[k] ^= t << j;
                a[k + j] ^= t;
            }
        }
    }

    /// <summary>The distinct patterns seen so far and their cells, in order of first appearance: an open-addressed table.</summary>
    private sealed class PatternTable
    {
        private const int Slots = 1024;   // four times MaxCells, so that probes stay short
        private readonly ulong[] _keys = new ulong[Slots];
        private readonly short[] _cells = Enumerable.Repeat((short)-1, Slots).ToArray();
        private readonly List<ulong> _patterns = [];

        public int Count => _patterns.Count;

        /// <summary>The cell of <paramref name="pattern"/>, a new one if it is new; −1 when there would be more than <see cref="MaxCells"/>.</summary>
        public int CellOf(ulong pattern)
        {
            // Fibonacci hashing: the top ten bits of the pattern times 2^64/φ.
            int slot = (int)((pattern * 0x9E3779B97F4A7C15UL) >> 54);
            while (true)
            {
                short cell = _cells[slot];
                if (cell < 0)
                {
                    if (_patterns.Count == MaxCells) return -1;
                    _keys[slot] = pattern;
                    _cells[slot] = (short)_patterns.Count;
                    _patterns.Add(pattern);
                    return _patterns.Count - 1;
                }
                if (_keys[slot] == pattern) return cell;
                slot = (slot + 1) & (Slots - 1);
            }
        }

        public int[] CellsWith(int condition) =>
            [.. Enumerable.Range(0, _patterns.Count).Where(c => (_patterns[c] & (1UL << condition)) != 0)];
    }
}
