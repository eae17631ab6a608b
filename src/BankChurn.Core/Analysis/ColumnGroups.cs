using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis;

/// <summary>A column cut into levels: one code per row (−1 where the value is missing) and the levels' descriptions.</summary>
public sealed record ColumnGroups(string Column, ImmutableArray<GroupLevel> Levels, int[] Codes)
{
    /// <summary>Whole-number columns with at most this many distinct values are grouped by value; others are binned.</summary>
    public const int MaxDiscreteLevels = 12;

    /// <summary>
    /// Groups a column: categories by level (in level order), whole-number columns with few values by value (ascending),
    /// other numeric columns into <paramref name="bins"/> quantile bins of the non-missing values.
    /// </summary>
    public static ColumnGroups Of(ClientTable table, string column, int bins = 4)
    {
        if (table.CategoryColumns.TryGetValue(column, out CategoryColumn? category))
            return new ColumnGroups(column, [.. category.Levels.Select(l => new GroupLevel(l))], category.Codes);

        NumericColumn numeric = table.Numeric(column);
        CanonicalColumn? schema = ClientSchema.Find(column);
        if (schema is { WholeNumber: true })
        {
            double[] distinct = DistinctValues(numeric, MaxDiscreteLevels + 1);
            if (distinct.Length <= MaxDiscreteLevels)
                return ByValue(numeric, distinct);
        }
        return ByQuantile(numeric, bins);
    }

    private static double[] DistinctValues(NumericColumn column, int limit)
    {
        var seen = new SortedSet<double>();
        double[] values = column.Values;
        for (int row = 0; row < values.Length && seen.Count <= limit; row++)
            if (!column.IsMissing(row))
                seen.Add(values[row]);
        return [.. seen];
    }

    private static ColumnGroups ByValue(NumericColumn column, double[] distinct)
    {
        var codes = new int[column.Length];
        for (int row = 0; row < codes.Length; row++)
            codes[row] = column.IsMissing(row) ? -1 : Array.BinarySearch(distinct, column.Values[row]);
        ImmutableArray<GroupLevel> levels =
            [.. distinct.Select(v => new GroupLevel(v.ToString(CultureInfo.InvariantCulture), v, v))];
        return new ColumnGroups(column.Name, levels, codes);
    }

    /// <summary>Quantile bins closed on the right, the first also closed on the left; tied cut points are merged.</summary>
    private static ColumnGroups ByQuantile(NumericColumn column, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var values = new double[column.Length - column.Missing.Count];
        for (int row = 0, at = 0; row < column.Length; row++)
            if (!column.IsMissing(row))
                values[at++] = column.Values[row];
        double[] present = Sorting.Ascending(values);
        var codes = new int[column.Length];
        if (present.Length == 0)
        {
            Array.Fill(codes, -1);
            return new ColumnGroups(column.Name, [], codes);
        }
        var cuts = new List<double> { present[0] };
        for (int k = 1; k <= bins; k++)
        {
            double cut = Quantiles.Linear(present, (double)k / bins);
            if (cut > cuts[^1]) cuts.Add(cut);
        }
        if (cuts.Count == 1) cuts.Add(cuts[0]);
        var levels = ImmutableArray.CreateBuilder<GroupLevel>(cuts.Count - 1);
        for (int i = 1; i < cuts.Count; i++)
            levels.Add(new GroupLevel(
                string.Create(CultureInfo.InvariantCulture, $"{(i == 1 ? "[" : "(")}{cuts[i - 1]:G6}; {cuts[i]:G6}]"),
                cuts[i - 1], cuts[i]));
        double[] upper = [.. cuts.Skip(1)];
        for (int row = 0; row < codes.Length; row++)
        {
            if (column.IsMissing(row))
            {
                codes[row] = -1;
                continue;
            }
            int at = Array.BinarySearch(upper, column.Values[row]);
            codes[row] = Math.Min(at >= 0 ? at : ~at, upper.Length - 1);
        }
        return new ColumnGroups(column.Name, levels.MoveToImmutable(), codes);
    }
}
