using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Gathers the finite inputs of the tests from the columnar table. Missing values are dropped per test, pairwise for
/// two columns (pandas' dropna), never imputed: the real table's missing balances belong to a distinct group of
/// clients, and filling them would invent a difference.
/// </summary>
public static class Samples
{
    /// <summary>The non-missing values of <paramref name="column"/> in the rows of <paramref name="rows"/>, in row order.</summary>
    public static double[] Values(NumericColumn column, RowSet rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, column.Length);
        ReadOnlySpan<ulong> take = rows.Words, missing = column.Missing.Words;
        var values = new double[rows.Count - rows.CountAnd(column.Missing)];
        int at = 0;
        // Word by word rather than through the enumerator: a million rows cost a pass over 16 000 words.
        for (int w = 0; w < take.Length; w++)
            for (ulong word = take[w] & ~missing[w]; word != 0; word &= word - 1)
                values[at++] = column.Values[(w << 6) + BitOperations.TrailingZeroCount(word)];
        return values;
    }

    /// <summary>Pairs (x, y) over the rows in <paramref name="rows"/> where neither value is missing.</summary>
    public static PairedSample Pairs(NumericColumn x, NumericColumn y, RowSet rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, y.Length);
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, x.Length);
        var xs = new List<double>(rows.Count);
        var ys = new List<double>(rows.Count);
        foreach (int row in rows)
            if (!x.IsMissing(row) && !y.IsMissing(row))
            {
                xs.Add(x.Values[row]);
                ys.Add(y.Values[row]);
            }
        return new PairedSample([.. xs], [.. ys]);
    }

    /// <summary>Pairs (1 if the row is in <paramref name="flag"/> else 0, y) over the rows in <paramref name="rows"/> where y is not missing: churn against a column.</summary>
    public static PairedSample Flagged(RowSet flag, NumericColumn y, RowSet rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(flag.Capacity, y.Length);
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, y.Length);
        ReadOnlySpan<ulong> take = rows.Words, missing = y.Missing.Words, flags = flag.Words;
        int n = rows.Count - rows.CountAnd(y.Missing);
        var xs = new double[n];
        var ys = new double[n];
        int at = 0;
        for (int w = 0; w < take.Length; w++)
            for (ulong word = take[w] & ~missing[w]; word != 0; word &= word - 1)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                xs[at] = (flags[w] >> bit) & 1;
                ys[at++] = y.Values[(w << 6) + bit];
            }
        return new PairedSample(xs, ys);
    }
}
