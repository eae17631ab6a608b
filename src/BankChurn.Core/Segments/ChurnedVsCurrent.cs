using System.Collections.Immutable;
using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>Compares a segment's churned and current clients on every column: means of numbers, shares of levels.</summary>
public static class ChurnedVsCurrent
{
    public static SubgroupComparison Compare(ClientTable table, RowSet rows)
    {
        RowSet churned = rows.And(table.Churned);
        RowSet current = rows.AndNot(table.Churned);
        var columns = ImmutableArray.CreateBuilder<ColumnComparison>();
        foreach (CanonicalColumn schema in ClientSchema.Columns)
        {
            if (table.NumericColumns.TryGetValue(schema.Name, out NumericColumn? numeric))
            {
                columns.Add(schema.Binary
                    ? new ColumnComparison(schema.Name, "1", true, ShareOfOne(numeric, churned), ShareOfOne(numeric, current))
                    : new ColumnComparison(schema.Name, null, false, Mean(numeric, churned), Mean(numeric, current)));
            }
            else if (table.CategoryColumns.TryGetValue(schema.Name, out CategoryColumn? category))
            {
                int[] a = Counts(category, churned), b = Counts(category, current);
                int totalA = churned.Count, totalB = current.Count;
                for (int level = 0; level < category.Levels.Length; level++)
                    columns.Add(new ColumnComparison(schema.Name, category.Levels[level], true,
                        totalA == 0 ? null : (double)a[level] / totalA, totalB == 0 ? null : (double)b[level] / totalB));
            }
        }
        return new SubgroupComparison(churned.Count, current.Count, columns.ToImmutable());
    }

    private static double? Mean(NumericColumn column, RowSet rows)
    {
        double sum = 0;
        int n = 0;
        ReadOnlySpan<ulong> words = rows.Words, missing = column.Missing.Words;
        for (int w = 0; w < words.Length; w++)
            for (ulong word = words[w] & ~missing[w]; word != 0; word &= word - 1)
            {
                sum += column.Values[(w << 6) + BitOperations.TrailingZeroCount(word)];
                n++;
            }
        return n == 0 ? null : sum / n;
    }

    private static double? ShareOfOne(NumericColumn column, RowSet rows)
    {
        int ones = 0, n = 0;
        ReadOnlySpan<ulong> words = rows.Words, missing = column.Missing.Words;
        for (int w = 0; w < words.Length; w++)
            for (ulong word = words[w] & ~missing[w]; word != 0; word &= word - 1)
            {
                n++;
                if (column.Values[(w << 6) + BitOperations.TrailingZeroCount(word)] == 1) ones++;
            }
        return n == 0 ? null : (double)ones / n;
    }

    /// <summary>Rows per level; a missing category is counted in no level, so shares are of all the sub-group's clients.</summary>
    private static int[] Counts(CategoryColumn column, RowSet rows)
    {
        var counts = new int[column.Levels.Length];
        ReadOnlySpan<ulong> words = rows.Words;
        for (int w = 0; w < words.Length; w++)
            for (ulong word = words[w]; word != 0; word &= word - 1)
            {
                int code = column.Codes[(w << 6) + BitOperations.TrailingZeroCount(word)];
                if (code >= 0) counts[code]++;
            }
        return counts;
    }
}
