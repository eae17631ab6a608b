using System.Numerics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>Turns a client-table column into level codes for φK under a <see cref="PhiKBinning"/>, in a pass or two over the rows.</summary>
internal static class PhiKColumns
{
    public const int Bins = 10;

    /// <summary>
    /// Categories by level; whole-number columns with few values (products, equity, flags) by value, as
    /// <see cref="ColumnGroups"/> groups them; other numeric columns are interval variables, in 10 uniform bins
    /// (<see cref="PhiKBinning.Uniform"/>) or in <see cref="ColumnGroups"/>' 10 quantile bins. The churn flag is the
    /// category 0/1. In <see cref="PhiKBinning.QuantileWithMissing"/> missing values get a level of their own.
    /// </summary>
    public static CodedColumn Code(ClientTable table, string column, PhiKBinning binning) => Code(new ColumnIndex(table), column, binning);

    /// <summary><see cref="Code(ClientTable, string, PhiKBinning)"/> with quantile bins cut from the index's sorted column.</summary>
    public static CodedColumn Code(ColumnIndex index, string column, PhiKBinning binning)
    {
        CodedColumn coded = CodePresent(index, column, binning);
        return binning == PhiKBinning.QuantileWithMissing ? WithMissingLevel(coded) : coded;
    }

    private static CodedColumn CodePresent(ColumnIndex index, string column, PhiKBinning binning)
    {
        ClientTable table = index.Table;
        if (column == ClientSchema.Churn && !table.HasColumn(column))
            return Churn(table);
        if (table.CategoryColumns.TryGetValue(column, out CategoryColumn? category))
            return new CodedColumn(column, category.Codes, category.Levels.Length);

        NumericColumn numeric = table.Numeric(column);
        if (ClientSchema.Find(column) is { WholeNumber: true })
        {
            if (SmallWholeNumbers(numeric) is { } byValue)
                return byValue;
            ColumnGroups groups = index.Groups(column, Bins);
            if (!groups.Levels.Any(level => level.IsBin))
                return new CodedColumn(column, groups.Codes, groups.Levels.Length);
            // Too many values to be categories: an interval column after all.
        }
        if (binning == PhiKBinning.Uniform)
            return IntervalBins.Uniform(numeric, Bins);
        // ColumnGroups' quantile bins of the present values, from the sorted column the drivers share.
        ColumnGroups bins = index.Groups(column, Bins);
        return new CodedColumn(column, bins.Codes, bins.Levels.Length);
    }

    /// <summary>A bare numeric column in the library's 10 uniform bins (missing = −1).</summary>
    internal static CodedColumn Uniform(NumericColumn column) => IntervalBins.Uniform(column, Bins);

    private static CodedColumn Churn(ClientTable table)
    {
        var codes = new int[table.RowCount];
        ReadOnlySpan<ulong> words = table.Churned.Words;
        for (int w = 0; w < words.Length; w++)
            for (ulong word = words[w]; word != 0; word &= word - 1)
                codes[(w << 6) + BitOperations.TrailingZeroCount(word)] = 1;
        return new CodedColumn(ClientSchema.Churn, codes, 2);
    }

    /// <summary>
    /// Whole numbers spanning at most <see cref="ColumnGroups.MaxDiscreteLevels"/> consecutive values, coded as value − minimum:
    /// the same levels as <see cref="ColumnGroups"/>' grouping by value (gaps become empty levels, which φK drops) without
    /// its sorted set, which costs a tenth of a second per column on a million rows. Null when the column does not qualify.
    /// </summary>
    private static CodedColumn? SmallWholeNumbers(NumericColumn column)
    {
        double[] values = column.Values;
        RowSet missing = column.Missing;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int row = 0; row < values.Length; row++)
        {
            if (missing.Contains(row)) continue;
            double v = values[row];
            if (v != Math.Floor(v)) return null;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (double.IsInfinity(min) || max - min >= ColumnGroups.MaxDiscreteLevels)
            return null;
        var codes = new int[values.Length];
        for (int row = 0; row < codes.Length; row++)
            codes[row] = missing.Contains(row) ? -1 : (int)(values[row] - min);
        return new CodedColumn(column.Name, codes, (int)(max - min) + 1);
    }

    private static CodedColumn WithMissingLevel(CodedColumn column)
    {
        if (Array.IndexOf(column.Codes, -1) < 0)
            return column;
        int[] codes = [.. column.Codes];
        for (int row = 0; row < codes.Length; row++)
            if (codes[row] < 0) codes[row] = column.Levels;
        return column with { Codes = codes, Levels = column.Levels + 1 };
    }
}
