using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>Turns a client-table column into level codes for φK under a <see cref="PhiKBinning"/>.</summary>
internal static class PhiKColumns
{
    public const int Bins = 10;

    /// <summary>
    /// Categories by level; whole-number columns with few values (products, equity, flags) by value, as
    /// <see cref="ColumnGroups"/> groups them; other numeric columns are interval variables, binned by the mode.
    /// The churn flag is the category 0/1. In <see cref="PhiKBinning.QuantileWithMissing"/> missing values get a level of their own.
    /// </summary>
    public static CodedColumn Code(ClientTable table, string column, PhiKBinning binning)
    {
        if (column == ClientSchema.Churn && !table.HasColumn(column))
        {
            var churn = new int[table.RowCount];
            foreach (int row in table.Churned)
                churn[row] = 1;
            return new CodedColumn(column, churn, 2);
        }

        bool interval = !table.CategoryColumns.ContainsKey(column) && ClientSchema.Find(column) is not { WholeNumber: true };
        if (interval && binning == PhiKBinning.Uniform)
            return Uniform(table.Numeric(column));

        ColumnGroups groups = ColumnGroups.Of(table, column, Bins);
        // A whole-number column with many values comes back in quantile bins; the library-compatible mode bins it uniformly.
        if (binning == PhiKBinning.Uniform && groups.Levels.Any(level => level.IsBin))
            return Uniform(table.Numeric(column));
        var coded = new CodedColumn(column, groups.Codes, groups.Levels.Length);
        return binning == PhiKBinning.QuantileWithMissing ? WithMissingLevel(coded) : coded;
    }

    /// <summary>
    /// The library's uniform binning: edges numpy.linspace(min, max, 11) of the present values, each bin closed on the
    /// left ([e_i, e_i+1), numpy.histogram's convention), the last also on the right so that the maximum is kept.
    /// </summary>
    internal static CodedColumn Uniform(NumericColumn column)
    {
        var codes = new int[column.Length];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        double[] values = column.Values;
        for (int row = 0; row < values.Length; row++)
        {
            if (column.IsMissing(row)) continue;
            min = Math.Min(min, values[row]);
            max = Math.Max(max, values[row]);
        }
        double[] edges = BinnedNormal.Linspace(min, max, Bins + 1);
        for (int row = 0; row < values.Length; row++)
            codes[row] = column.IsMissing(row) ? -1 : BinOf(edges, values[row]);
        return new CodedColumn(column.Name, codes, Bins);
    }

    /// <summary>numpy.searchsorted(edges, value, side="right") − 1, the maximum folded into the last bin.</summary>
    private static int BinOf(double[] edges, double value)
    {
        int lo = 0, hi = edges.Length; // first index whose edge is greater than value
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return Math.Clamp(lo - 1, 0, edges.Length - 2);
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
