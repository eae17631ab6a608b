using System.Collections.Immutable;
using System.Globalization;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis;

/// <summary>A column cut into levels: one code per row (−1 where the value is missing) and the levels' descriptions.</summary>
public sealed record ColumnGroups(string Column, ImmutableArray<GroupLevel> Levels, int[] Codes)
{
    /// <summary>Whole-number columns with at most this many distinct values are grouped by value; others are binned.</summary>
    public const int MaxDiscreteLevels = 12;

    /// <summary>The quantile bins of a numeric column when the caller names no number.</summary>
    public const int DefaultBins = 4;

    /// <summary>
    /// Groups a column: categories by level (in level order), whole-number columns with few values by value (ascending),
    /// other numeric columns into <paramref name="bins"/> quantile bins of the non-missing values.
    /// </summary>
    public static ColumnGroups Of(ClientTable table, string column, int bins = DefaultBins) => Of(new ColumnIndex(table), column, bins);

    /// <summary><see cref="Of(ClientTable, string, int)"/> with the quantile bins cut from the index's sorted column.</summary>
    public static ColumnGroups Of(ColumnIndex index, string column, int bins = DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(index);
        ClientTable table = index.Table;
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
        return ByQuantile(index.Sorted(column), bins);
    }

    /// <summary>
    /// The distinct present values, ascending, found in row order until there are more than <paramref name="limit"/>.
    /// A short list searched from the front: the columns asked are whole numbers with a handful of values, where a
    /// sorted set cost a tenth of a second per million rows.
    /// </summary>
    private static double[] DistinctValues(NumericColumn column, int limit)
    {
        var seen = new List<double>(limit + 1);
        double[] values = column.Values;
        for (int row = 0; row < values.Length && seen.Count <= limit; row++)
            if (!column.IsMissing(row) && !seen.Contains(values[row]))
                seen.Add(values[row]);
        seen.Sort();
        return [.. seen];
    }

    /// <summary>
    /// Each row's position among <paramref name="distinct"/> (every present value is one of them). When they are whole
    /// numbers a few apart (products, equity, flags), a table indexed by value − minimum gives it without a search.
    /// </summary>
    private static ColumnGroups ByValue(NumericColumn column, double[] distinct)
    {
        var codes = new int[column.Length];
        double[] values = column.Values;
        double min = distinct.Length > 0 ? distinct[0] : 0;
        if (distinct.Length > 0 && Array.TrueForAll(distinct, v => v == Math.Floor(v)) && distinct[^1] - min < 64)
        {
            var codeOf = new int[(int)(distinct[^1] - min) + 1];
            for (int i = 0; i < distinct.Length; i++)
                codeOf[(int)(distinct[i] - min)] = i;
            for (int row = 0; row < codes.Length; row++)
                codes[row] = column.IsMissing(row) ? -1 : codeOf[(int)(values[row] - min)];
        }
        else
        {
            for (int row = 0; row < codes.Length; row++)
                codes[row] = column.IsMissing(row) ? -1 : Array.BinarySearch(distinct, values[row]);
        }
        ImmutableArray<GroupLevel> levels =
            [.. distinct.Select(v => new GroupLevel(v.ToString(CultureInfo.InvariantCulture), v, v))];
        return new ColumnGroups(column.Name, levels, codes);
    }

    /// <summary>
    /// Quantile bins closed on the right, the first also closed on the left; tied cut points are merged. Each row's bin
    /// comes from walking the sorted values, the bin advancing past every cut below the value: the first bin whose upper
    /// cut is at least the value, as a binary search of the cuts would find it.
    /// </summary>
    private static ColumnGroups ByQuantile(SortedColumn sorted, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        NumericColumn column = sorted.Column;
        var codes = new int[column.Length];
        Array.Fill(codes, -1);
        if (sorted.Count == 0)
            return new ColumnGroups(column.Name, [], codes);
        var cuts = new List<double> { sorted.ValueAt(0) };
        for (int k = 1; k <= bins; k++)
        {
            double cut = sorted.Quantile((double)k / bins);
            if (cut > cuts[^1]) cuts.Add(cut);
        }
        if (cuts.Count == 1) cuts.Add(cuts[0]);
        var levels = ImmutableArray.CreateBuilder<GroupLevel>(cuts.Count - 1);
        for (int i = 1; i < cuts.Count; i++)
            levels.Add(new GroupLevel(
                string.Create(CultureInfo.InvariantCulture, $"{(i == 1 ? "[" : "(")}{cuts[i - 1]:G6}; {cuts[i]:G6}]"),
                cuts[i - 1], cuts[i]));
        double[] upper = [.. cuts.Skip(1)];
        int[] rows = sorted.Rows;
        double[] values = column.Values;
        for (int i = 0, bin = 0; i < rows.Length; i++)
        {
            while (bin < upper.Length - 1 && upper[bin] < values[rows[i]])
                bin++;
            codes[rows[i]] = bin;
        }
        return new ColumnGroups(column.Name, levels.MoveToImmutable(), codes);
    }
}
