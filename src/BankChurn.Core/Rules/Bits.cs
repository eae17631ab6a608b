using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// Word-level helpers for building row sets 64 rows at a time. The loops set bits with arithmetic rather than
/// branches, so that the result of a comparison costs one pass over the column and no per-row call.
/// </summary>
internal static class Bits
{
    public static ulong[] NewWords(int rows) => new ulong[(rows + 63) >> 6];

    /// <summary>1 for true, 0 for false, without a branch.</summary>
    public static ulong One(bool value) => value ? 1UL : 0UL;

    public static void OrInto(ulong[] words, RowSet? set)
    {
        if (set is null)
            return;
        ReadOnlySpan<ulong> other = set.Words;
        for (int w = 0; w < words.Length; w++)
            words[w] |= other[w];
    }

    /// <summary>Clears the rows of <paramref name="set"/>: a comparison involving a missing value is false.</summary>
    public static void AndNotInto(ulong[] words, RowSet? set)
    {
        if (set is null)
            return;
        ReadOnlySpan<ulong> other = set.Words;
        for (int w = 0; w < words.Length; w++)
            words[w] &= ~other[w];
    }

    public static void Invert(ulong[] words)
    {
        for (int w = 0; w < words.Length; w++)
            words[w] = ~words[w];
    }

    /// <summary>The words of <paramref name="first"/> combined with the non-null extra sets (all of the same capacity).</summary>
    public static ulong[] Union(int rows, RowSet? first, RowSet? second)
    {
        ulong[] words = NewWords(rows);
        OrInto(words, first);
        OrInto(words, second);
        return words;
    }

    /// <summary>Overwrites every row in <paramref name="missing"/> with NaN, the stored value of a missing cell.</summary>
    public static void WriteNaN(double[] values, ulong[] missing)
    {
        for (int w = 0; w < missing.Length; w++)
        {
            ulong word = missing[w];
            while (word != 0)
            {
                values[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word)] = double.NaN;
                word &= word - 1;
            }
        }
    }

    /// <summary>The rows where <c>TCompare(a, b)</c> holds and neither side is missing.</summary>
    public static RowSet Compare<TCompare>(Numbers a, Numbers b, int rows)
        where TCompare : struct, ICompareOperation
    {
        double[] av = a.Values, bv = b.Values;
        int am = a.Mask, bm = b.Mask;
        ulong[] words = NewWords(rows);
        if (am != 0 && bm == 0)
        {
            // The common case, column against a constant: hoist the constant out of the loop.
            CompareWithConstant<TCompare>(av, bv[0], words, rows);
            AndNotInto(words, a.Missing);
            return RowSet.FromWords(rows, words);
        }
        for (int w = 0; w < words.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, rows);
            ulong bits = 0;
            for (int i = start; i < end; i++)
                bits |= One(TCompare.Test(av[i & am], bv[i & bm])) << (i & 63);
            words[w] = bits;
        }
        AndNotInto(words, a.Missing);
        AndNotInto(words, b.Missing);
        return RowSet.FromWords(rows, words);
    }

    private static void CompareWithConstant<TCompare>(double[] values, double constant, ulong[] words, int rows)
        where TCompare : struct, ICompareOperation
    {
        ReadOnlySpan<double> column = values.AsSpan(0, rows);
        for (int w = 0; w < words.Length; w++)
        {
            ReadOnlySpan<double> chunk = column.Slice(w << 6, Math.Min(64, rows - (w << 6)));
            ulong bits = 0;
            for (int j = 0; j < chunk.Length; j++)
                bits |= One(TCompare.Test(chunk[j], constant)) << j;
            words[w] = bits;
        }
    }
}
