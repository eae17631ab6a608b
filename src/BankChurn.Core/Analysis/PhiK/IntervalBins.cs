using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>Bins for interval columns: the phik library's uniform bins (quantile bins are <see cref="ColumnGroups"/>' own).</summary>
internal static class IntervalBins
{
    /// <summary>
    /// The library's uniform binning: edges numpy.linspace(min, max, bins + 1) of the present values, each bin closed on the
    /// left ([e_i, e_i+1), numpy.histogram's convention; this is what reproduces the library's age × churn 0.191653), the
    /// last also on the right so that the maximum is kept. Missing values get −1.
    /// </summary>
    public static CodedColumn Uniform(NumericColumn column, int bins)
    {
        double[] values = column.Values;
        RowSet missing = column.Missing;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int row = 0; row < values.Length; row++)
        {
            if (missing.Contains(row)) continue;
            if (values[row] < min) min = values[row];
            if (values[row] > max) max = values[row];
        }
        double[] edges = BinnedNormal.Linspace(min, max, bins + 1);
        var codes = new int[values.Length];
        for (int row = 0; row < codes.Length; row++)
            codes[row] = missing.Contains(row) ? -1 : CountAtMost(edges.AsSpan(1, bins - 1), values[row]);
        return new CodedColumn(column.Name, codes, bins);
    }

    /// <summary>
    /// The number of inner edges ≤ value: numpy.searchsorted(edges, value, side="right") − 1 with the maximum folded into
    /// the last bin. A branch-free count rather than a binary search: with ten bins it is faster on unpredictable data.
    /// </summary>
    private static int CountAtMost(ReadOnlySpan<double> innerEdges, double value)
    {
        int count = 0;
        foreach (double edge in innerEdges)
            count += edge <= value ? 1 : 0;
        return count;
    }
}
