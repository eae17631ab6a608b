using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>Bins for interval columns: the phik library's uniform bins, and <see cref="ColumnGroups"/>' quantile bins computed without a full sort.</summary>
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
    /// Exactly <see cref="ColumnGroups"/>' quantile bins (cuts at the minimum and Quantiles.Linear(k / bins), tied cuts
    /// merged, bins closed on the right and the first also on the left), but the cut points come from selecting the
    /// order statistics they need rather than sorting the column: a few partition passes instead of a million-row sort.
    /// </summary>
    public static CodedColumn Quantile(NumericColumn column, int bins)
    {
        double[] values = column.Values;
        RowSet missing = column.Missing;
        double[] present = new double[values.Length - missing.Count];
        for (int row = 0, at = 0; row < values.Length; row++)
            if (!missing.Contains(row)) present[at++] = values[row];
        var codes = new int[values.Length];
        if (present.Length == 0)
        {
            Array.Fill(codes, -1);
            return new CodedColumn(column.Name, codes, 0);
        }

        int n = present.Length;
        var ranks = new SortedSet<int> { 0 };
        for (int k = 1; k <= bins; k++)
        {
            int lo = (int)Math.Floor((n - 1) * ((double)k / bins));
            ranks.Add(lo);
            ranks.Add(Math.Min(lo + 1, n - 1));
        }
        var order = OrderStatistics.Select(present, [.. ranks]);

        var cuts = new List<double> { order[0] };
        for (int k = 1; k <= bins; k++)
        {
            // Quantiles.Linear's arithmetic on the two order statistics it would read from the sorted array.
            double h = (n - 1) * ((double)k / bins);
            int lo = (int)Math.Floor(h);
            double low = order[lo], high = order[Math.Min(lo + 1, n - 1)];
            double cut = low + (h - lo) * (high - low);
            if (cut > cuts[^1]) cuts.Add(cut);
        }
        if (cuts.Count == 1) cuts.Add(cuts[0]);
        double[] upper = [.. cuts.Skip(1)];
        for (int row = 0; row < codes.Length; row++)
            codes[row] = missing.Contains(row) ? -1 : CountBelow(upper.AsSpan(0, upper.Length - 1), values[row]);
        return new CodedColumn(column.Name, codes, upper.Length);
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

    /// <summary>The number of cuts below value, the last cut left out: the index of the first bin (a, b] with value ≤ b.</summary>
    private static int CountBelow(ReadOnlySpan<double> cuts, double value)
    {
        int count = 0;
        foreach (double cut in cuts)
            count += cut < value ? 1 : 0;
        return count;
    }
}
