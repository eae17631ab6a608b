using System.Collections.Immutable;
using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// Sums over one set of rows for every analysed column: count, sum and sum of squares of the non-missing values of a
/// number and how many of them are 1; clients per level of a category. Tallies subtract, so the rest of the base is the
/// whole base's tally minus the segment's, without a second pass over the rows.
/// </summary>
internal sealed class ColumnTally
{
    private ColumnTally(int rows, ImmutableDictionary<string, NumericSums> numbers, ImmutableDictionary<string, long[]> levels)
    {
        Rows = rows;
        Numbers = numbers;
        Levels = levels;
    }

    public int Rows { get; }

    public ImmutableDictionary<string, NumericSums> Numbers { get; }

    /// <summary>Clients per level code; a client without a value is counted in no level.</summary>
    public ImmutableDictionary<string, long[]> Levels { get; }

    public static ColumnTally Of(ClientTable table, RowSet rows)
    {
        var numbers = ImmutableDictionary.CreateBuilder<string, NumericSums>(StringComparer.Ordinal);
        foreach ((string name, NumericColumn column) in table.NumericColumns)
            numbers[name] = Sum(column, rows);
        var levels = ImmutableDictionary.CreateBuilder<string, long[]>(StringComparer.Ordinal);
        foreach ((string name, CategoryColumn column) in table.CategoryColumns)
            levels[name] = Count(column, rows);
        return new ColumnTally(rows.Count, numbers.ToImmutable(), levels.ToImmutable());
    }

    /// <summary>This tally without the rows of <paramref name="part"/>, which must be a subset of this tally's rows.</summary>
    public ColumnTally Minus(ColumnTally part) => new(
        Rows - part.Rows,
        Numbers.ToImmutableDictionary(p => p.Key, p => p.Value - part.Numbers[p.Key], StringComparer.Ordinal),
        Levels.ToImmutableDictionary(p => p.Key, p => p.Value.Select((count, level) => count - part.Levels[p.Key][level]).ToArray(), StringComparer.Ordinal));

    // Word by word over the set's bits: a segment of a million rows is read once per column without a delegate per row.
    private static NumericSums Sum(NumericColumn column, RowSet rows)
    {
        ReadOnlySpan<ulong> words = rows.Words, missing = column.Missing.Words;
        double[] values = column.Values;
        long n = 0, ones = 0;
        double sum = 0, squares = 0;
        for (int w = 0; w < words.Length; w++)
        {
            ulong word = words[w] & ~missing[w];
            while (word != 0)
            {
                double value = values[(w << 6) + BitOperations.TrailingZeroCount(word)];
                word &= word - 1;
                n++;
                sum += value;
                squares += value * value;
                if (value == 1) ones++;
            }
        }

        return new NumericSums(n, sum, squares, ones);
    }

    private static long[] Count(CategoryColumn column, RowSet rows)
    {
        var counts = new long[column.Levels.Length];
        int[] codes = column.Codes;
        ReadOnlySpan<ulong> words = rows.Words;
        for (int w = 0; w < words.Length; w++)
        {
            for (ulong word = words[w]; word != 0; word &= word - 1)
            {
                int code = codes[(w << 6) + BitOperations.TrailingZeroCount(word)];
                if (code >= 0) counts[code]++;
            }
        }

        return counts;
    }
}

/// <summary>The non-missing values of a number over some rows: how many, their sum, sum of squares, and how many are 1.</summary>
internal readonly record struct NumericSums(long Count, double Sum, double Squares, long Ones)
{
    public double? Mean => Count == 0 ? null : Sum / Count;

    public double? ShareOfOne => Count == 0 ? null : (double)Ones / Count;

    /// <summary>The population standard deviation, or null without values.</summary>
    public double? Deviation => Count == 0 ? null : Math.Sqrt(Math.Max(0, (Squares / Count) - Math.Pow(Sum / Count, 2)));

    public static NumericSums operator -(NumericSums all, NumericSums part) =>
        new(all.Count - part.Count, all.Sum - part.Sum, all.Squares - part.Squares, all.Ones - part.Ones);
}
