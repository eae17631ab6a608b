using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>Compares two groups of clients on every column: a segment's churned and current clients, or a segment and the rest of the base.</summary>
public static class GroupComparisons
{
    /// <summary>The segment's churned clients against its current ones (the product segments of the third seed).</summary>
    public static GroupComparison ChurnedVsCurrent(ClientTable table, RowSet rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ColumnTally churned = ColumnTally.Of(table, rows.And(table.Churned));
        ColumnTally current = ColumnTally.Of(table, rows.AndNot(table.Churned));
        return Compare(table, churned, current, ColumnTally.Of(table, rows));
    }

    /// <summary>
    /// The segment against the rest of the base; <paramref name="all"/> is the whole base's tally
    /// (<see cref="ColumnTally.Of"/> over every row), shared between segments.
    /// </summary>
    internal static GroupComparison SegmentVsRest(ClientTable table, RowSet rows, ColumnTally all)
    {
        ColumnTally segment = ColumnTally.Of(table, rows);
        return Compare(table, segment, all.Minus(segment), all);
    }

    /// <summary>Every canonical column in schema order; <paramref name="both"/> is the tally of the two groups together.</summary>
    private static GroupComparison Compare(ClientTable table, ColumnTally first, ColumnTally second, ColumnTally both)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnComparison>();
        foreach (CanonicalColumn schema in ClientSchema.Columns)
        {
            if (table.NumericColumns.ContainsKey(schema.Name))
            {
                NumericSums a = first.Numbers[schema.Name], b = second.Numbers[schema.Name], all = both.Numbers[schema.Name];
                columns.Add(schema.Binary
                    ? Share(schema.Name, "1", a.ShareOfOne, b.ShareOfOne, all.ShareOfOne)
                    : new ColumnComparison(schema.Name, null, false, a.Mean, b.Mean, Standardized(a.Mean, b.Mean, all.Deviation)));
            }
            else if (table.CategoryColumns.TryGetValue(schema.Name, out CategoryColumn? category))
            {
                // Shares of a level are of all the group's clients: a client without a value is in no level.
                long[] a = first.Levels[schema.Name], b = second.Levels[schema.Name], all = both.Levels[schema.Name];
                for (int level = 0; level < category.Levels.Length; level++)
                    columns.Add(Share(schema.Name, category.Levels[level], Of(a[level], first.Rows), Of(b[level], second.Rows), Of(all[level], both.Rows)));
            }
        }

        return new GroupComparison(first.Rows, second.Rows, columns.ToImmutable());
    }

    private static ColumnComparison Share(string column, string level, double? first, double? second, double? both) =>
        new(column, level, true, first, second, Standardized(first, second, both is { } p ? Math.Sqrt(p * (1 - p)) : null));

    private static double? Of(long count, int clients) => clients == 0 ? null : (double)count / clients;

    private static double? Standardized(double? first, double? second, double? deviation) =>
        first is { } a && second is { } b && deviation is > 0 and { } d ? (a - b) / d : null;
}
