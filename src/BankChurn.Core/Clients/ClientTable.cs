using System.Collections.Immutable;
using System.Numerics;

namespace BankChurn.Core.Clients;

/// <summary>
/// The month's clients, held column-wise: an id array, one <see cref="NumericColumn"/> or <see cref="CategoryColumn"/>
/// per canonical column, the churn flag as a <see cref="RowSet"/>, and each row's line in the source file.
/// Never one object per client, so that ten million rows fit.
/// </summary>
public sealed class ClientTable
{
    public ClientTable(
        long[] userIds,
        ImmutableDictionary<string, NumericColumn> numeric,
        ImmutableDictionary<string, CategoryColumn> categories,
        RowSet churned,
        int[] sourceLines)
    {
        int rows = userIds.Length;
        ArgumentOutOfRangeException.ThrowIfNotEqual(churned.Capacity, rows);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sourceLines.Length, rows);
        foreach (NumericColumn column in numeric.Values)
            ArgumentOutOfRangeException.ThrowIfNotEqual(column.Length, rows);
        foreach (CategoryColumn column in categories.Values)
            ArgumentOutOfRangeException.ThrowIfNotEqual(column.Length, rows);
        UserIds = userIds;
        NumericColumns = numeric;
        CategoryColumns = categories;
        Churned = churned;
        SourceLines = sourceLines;
    }

    public int RowCount => UserIds.Length;

    public long[] UserIds { get; }

    public ImmutableDictionary<string, NumericColumn> NumericColumns { get; }

    public ImmutableDictionary<string, CategoryColumn> CategoryColumns { get; }

    /// <summary>The rows whose churn flag is 1.</summary>
    public RowSet Churned { get; }

    /// <summary>The 1-based line of each row in the source file (header = line 1).</summary>
    public int[] SourceLines { get; }

    public RowSet AllRows => RowSet.All(RowCount);

    public NumericColumn Numeric(string name) =>
        NumericColumns.TryGetValue(name, out NumericColumn? column)
            ? column
            : throw new ArgumentException($"No numeric column '{name}'.", nameof(name));

    public CategoryColumn Category(string name) =>
        CategoryColumns.TryGetValue(name, out CategoryColumn? column)
            ? column
            : throw new ArgumentException($"No category column '{name}'.", nameof(name));

    public bool HasColumn(string name) => NumericColumns.ContainsKey(name) || CategoryColumns.ContainsKey(name);

    /// <summary>
    /// A new table with only the rows in <paramref name="keep"/>, in their original order. The kept rows come in long
    /// runs (cleaning drops a handful of rows), so each column is copied a run at a time and the bit sets a word at a
    /// time where a run allows.
    /// </summary>
    public ClientTable Filter(RowSet keep)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keep.Capacity, RowCount);
        List<(int From, int Length)> runs = Runs(keep);
        int n = runs.Sum(r => r.Length);
        var numeric = NumericColumns.ToImmutableDictionary(pair => pair.Key, pair =>
            new NumericColumn(pair.Key, Gather(pair.Value.Values, runs, n), Gather(pair.Value.Missing, runs, n)));
        var categories = CategoryColumns.ToImmutableDictionary(pair => pair.Key, pair =>
            new CategoryColumn(pair.Key, Gather(pair.Value.Codes, runs, n), pair.Value.Levels));
        return new ClientTable(Gather(UserIds, runs, n), numeric, categories, Gather(Churned, runs, n), Gather(SourceLines, runs, n));
    }

    /// <summary>The maximal runs of consecutive rows in <paramref name="rows"/>, ascending.</summary>
    private static List<(int From, int Length)> Runs(RowSet rows)
    {
        var runs = new List<(int From, int Length)>();
        int start = -1, previous = -2;
        foreach (int row in rows)
        {
            if (row != previous + 1)
            {
                if (start >= 0) runs.Add((start, previous - start + 1));
                start = row;
            }
            previous = row;
        }
        if (start >= 0) runs.Add((start, previous - start + 1));
        return runs;
    }

    private static T[] Gather<T>(T[] source, List<(int From, int Length)> runs, int n)
    {
        var result = new T[n];
        int at = 0;
        foreach ((int from, int length) in runs)
        {
            Array.Copy(source, from, result, at, length);
            at += length;
        }
        return result;
    }

    private static RowSet Gather(RowSet source, List<(int From, int Length)> runs, int n)
    {
        var result = new RowSet(n);
        ReadOnlySpan<ulong> words = source.Words;
        int at = 0;
        foreach ((int from, int length) in runs)
        {
            // The members inside the run, word by word, each moved back by the rows dropped before the run.
            int end = from + length, shift = at - from;
            for (int w = from >> 6; w <= (end - 1) >> 6; w++)
            {
                int lo = Math.Max(from, w << 6) - (w << 6), hi = Math.Min(end, (w << 6) + 64) - (w << 6);
                ulong mask = (hi == 64 ? ulong.MaxValue : (1UL << hi) - 1) & ~((1UL << lo) - 1);
                for (ulong word = words[w] & mask; word != 0; word &= word - 1)
                    result.Add((w << 6) + BitOperations.TrailingZeroCount(word) + shift);
            }
            at += length;
        }
        return result;
    }
}
