using System.Numerics;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis;

/// <summary>
/// A numeric column's present (non-missing) rows in ascending order of value: sorted once, then read by every
/// statistic that needs an order (quantile bins, summaries, rank tests, ranks for Spearman). Sorting a million values
/// costs about a tenth of a second, and before this every block sorted its own copy. The sorted values are kept beside
/// the rows (12 bytes a row): reading them through the rows instead saves that memory but costs about a third of a
/// second over the analysis's passes at a million rows. Rows with equal values come in an unspecified but fixed order;
/// nothing read from here depends on it.
/// </summary>
public sealed class SortedColumn
{
    private readonly double[] _sorted;

    private SortedColumn(NumericColumn column, int[] rows, double[] sorted)
    {
        Column = column;
        Rows = rows;
        _sorted = sorted;
    }

    public NumericColumn Column { get; }

    /// <summary>The present rows, ascending by value.</summary>
    public int[] Rows { get; }

    public int Count => Rows.Length;

    /// <summary>The i-th smallest present value (0-based).</summary>
    public double ValueAt(int i) => _sorted[i];

    /// <summary>
    /// The <paramref name="p"/>-quantile of the present values, interpolated between the two order statistics that
    /// <see cref="Quantiles.Linear"/> would read from the sorted values, with the same arithmetic.
    /// </summary>
    public double Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(Count);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        double h = (Count - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, Count - 1);
        return ValueAt(lo) + (h - lo) * (ValueAt(hi) - ValueAt(lo));
    }

    /// <summary>Sorts the present values of <paramref name="column"/>: by counting for narrow-range whole numbers, otherwise by comparison.</summary>
    public static SortedColumn Of(NumericColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int[] rows = PresentRows(column);
        var values = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
            values[i] = column.Values[rows[i]];
        if (IntegerValues.TryRange(values, out long min, out int range))
        {
            int[] counted = ByCounting(rows, values, min, range);
            for (int i = 0; i < counted.Length; i++)
                values[i] = column.Values[counted[i]];
            return new SortedColumn(column, counted, values);
        }
        Array.Sort(values, rows);
        return new SortedColumn(column, rows, values);
    }

    /// <summary>
    /// The values of the rows in <paramref name="rows"/>, and of the other present rows, each ascending: the two sorted
    /// samples of a split (churned and retained) without sorting either.
    /// </summary>
    public (double[] In, double[] Out) Split(RowSet rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, Column.Length);
        int inside = 0;
        foreach (int row in Rows)
            if (rows.Contains(row)) inside++;
        var @in = new double[inside];
        var @out = new double[Rows.Length - inside];
        for (int i = 0, a = 0, b = 0; i < Rows.Length; i++)
        {
            if (rows.Contains(Rows[i])) @in[a++] = ValueAt(i);
            else @out[b++] = ValueAt(i);
        }
        return (@in, @out);
    }

    /// <summary>The values of the present rows in <paramref name="rows"/>, ascending.</summary>
    public double[] Within(RowSet rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, Column.Length);
        var values = new double[rows.Count - rows.CountAnd(Column.Missing)];
        for (int i = 0, at = 0; i < Rows.Length; i++)
            if (rows.Contains(Rows[i]))
                values[at++] = ValueAt(i);
        return values;
    }

    /// <summary>
    /// What the Mann–Whitney test needs of a against b, where a and b are the present values of the rows in
    /// <paramref name="a"/> and in <paramref name="b"/> (a row in both counts in both samples): the rank sum of a within the
    /// combined sample with tied values sharing their average rank, and the tie term Σ(t³ − t) over groups of t tied
    /// values, summed in ascending order of value as <see cref="Ranks.Average(ReadOnlySpan{double}, out double)"/> sums it.
    /// Ranks are multiples of ½, so the rank sum is exact whatever the order of the additions.
    /// </summary>
    public RankSums RankSums(RowSet a, RowSet b)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Capacity, Column.Length);
        ArgumentOutOfRangeException.ThrowIfNotEqual(b.Capacity, Column.Length);
        int n1 = 0, n2 = 0;
        long below = 0;
        double rankSumA = 0, tieTerm = 0;
        double first = double.NaN, last = double.NaN;
        for (int start = 0; start < Rows.Length;)
        {
            double value = ValueAt(start);
            int end = start + 1;
            while (end < Rows.Length && ValueAt(end) == value)
                end++;
            int inA = 0, inB = 0;
            for (int k = start; k < end; k++)
            {
                inA += a.Contains(Rows[k]) ? 1 : 0;
                inB += b.Contains(Rows[k]) ? 1 : 0;
            }
            double t = inA + inB;
            if (t > 0)
            {
                rankSumA += (below + (t + 1) / 2.0) * inA;
                tieTerm += t * t * t - t;
                below += inA + inB;
                n1 += inA;
                n2 += inB;
                if (double.IsNaN(first)) first = value;
                last = value;
            }
            start = end;
        }
        return new RankSums(n1, n2, rankSumA, tieTerm, first == last);
    }

    /// <summary>
    /// The average rank of each present value (1-based, ties sharing the average of the ranks they span), in row order
    /// of the present rows: <see cref="Ranks.Average(ReadOnlySpan{double})"/> of the column's present values, without a sort.
    /// </summary>
    public double[] RanksInRowOrder()
    {
        var rankOfRow = new double[Column.Length];
        for (int start = 0; start < Rows.Length;)
        {
            double value = ValueAt(start);
            int end = start + 1;
            while (end < Rows.Length && ValueAt(end) == value)
                end++;
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++)
                rankOfRow[Rows[k]] = rank;
            start = end;
        }
        var ranks = new double[Rows.Length];
        for (int row = 0, at = 0; row < rankOfRow.Length; row++)
            if (!Column.IsMissing(row))
                ranks[at++] = rankOfRow[row];
        return ranks;
    }

    /// <summary>The rows of the column that hold a value, ascending; walks the missing mask a word at a time.</summary>
    private static int[] PresentRows(NumericColumn column)
    {
        int n = column.Length;
        var rows = new int[n - column.Missing.Count];
        ReadOnlySpan<ulong> missing = column.Missing.Words;
        int at = 0;
        for (int w = 0; w < missing.Length; w++)
        {
            ulong present = ~missing[w];
            if (w == missing.Length - 1 && (n & 63) != 0)
                present &= (1UL << (n & 63)) - 1;
            for (; present != 0; present &= present - 1)
                rows[at++] = (w << 6) + BitOperations.TrailingZeroCount(present);
        }
        return rows;
    }

    /// <summary>A stable counting sort of the rows by their whole-number values in a narrow range: one pass to count, one to place.</summary>
    private static int[] ByCounting(int[] rows, double[] values, long min, int range)
    {
        int[] counts = IntegerValues.Counts(values, min, range);
        var next = new int[counts.Length];
        for (int k = 1; k < counts.Length; k++)
            next[k] = next[k - 1] + counts[k - 1];
        var sorted = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
            sorted[next[(int)((long)values[i] - min)]++] = rows[i];
        return sorted;
    }
}
