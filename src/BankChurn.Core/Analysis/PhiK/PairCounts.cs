namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// Contingency tables of coded columns in one pass over the rows. For the matrix, columns of at most 254 levels are
/// re-coded as bytes (missing = the extra level <c>Levels</c>), which quarters the memory each pass reads, and every
/// row is counted without a branch into a table with one extra row and column for missing values, which is then cut off.
/// Four interleaved tables keep repeated increments of the same cell from waiting on each other.
/// </summary>
internal static class PairCounts
{
    public const int MaxByteLevels = 254;

    /// <summary>The codes as bytes, missing (negative) mapped to <c>levels</c>; null when there are too many levels.</summary>
    public static byte[]? AsBytes(CodedColumn column)
    {
        if (column.Levels > MaxByteLevels) return null;
        var bytes = new byte[column.Codes.Length];
        byte missing = (byte)column.Levels;
        int[] codes = column.Codes;
        for (int row = 0; row < codes.Length; row++)
            bytes[row] = codes[row] < 0 ? missing : (byte)codes[row];
        return bytes;
    }

    /// <summary>The table of two byte-coded columns (see <see cref="AsBytes"/>), rows with a missing value left out.</summary>
    public static long[,] Count(ReadOnlySpan<byte> x, int xLevels, ReadOnlySpan<byte> y, int yLevels)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(y.Length, x.Length);
        int width = yLevels + 1, size = (xLevels + 1) * width;
        var flat = new int[4 * size];
        Span<int> t0 = flat.AsSpan(0, size), t1 = flat.AsSpan(size, size), t2 = flat.AsSpan(2 * size, size), t3 = flat.AsSpan(3 * size, size);
        int row = 0;
        for (; row + 4 <= x.Length; row += 4)
        {
            t0[x[row] * width + y[row]]++;
            t1[x[row + 1] * width + y[row + 1]]++;
            t2[x[row + 2] * width + y[row + 2]]++;
            t3[x[row + 3] * width + y[row + 3]]++;
        }
        for (; row < x.Length; row++)
            t0[x[row] * width + y[row]]++;
        var counts = new long[xLevels, yLevels];
        for (int a = 0; a < xLevels; a++)
            for (int b = 0; b < yLevels; b++)
            {
                int cell = a * width + b;
                counts[a, b] = (long)t0[cell] + t1[cell] + t2[cell] + t3[cell];
            }
        return counts;
    }

    /// <summary>The table of two int-coded columns; rows where either code is negative are left out.</summary>
    public static long[,] Count(ReadOnlySpan<int> x, int xLevels, ReadOnlySpan<int> y, int yLevels)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(y.Length, x.Length);
        var flat = new long[xLevels * yLevels];
        for (int row = 0; row < x.Length; row++)
        {
            int a = x[row], b = y[row];
            if ((a | b) >= 0)
                flat[a * yLevels + b]++;
        }
        var counts = new long[xLevels, yLevels];
        Buffer.BlockCopy(flat, 0, counts, 0, flat.Length * sizeof(long));
        return counts;
    }
}
