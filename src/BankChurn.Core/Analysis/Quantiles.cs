namespace BankChurn.Core.Analysis;

/// <summary>Quantiles of sorted samples.</summary>
public static class Quantiles
{
    /// <summary>
    /// The <paramref name="p"/>-quantile of ascending <paramref name="sorted"/> by linear interpolation between order statistics
    /// (Hyndman and Fan type 7, the default of numpy.quantile and pandas).
    /// </summary>
    public static double Linear(ReadOnlySpan<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>
    /// <see cref="Linear"/> of <paramref name="values"/> in any order: the two order statistics it interpolates between are
    /// selected (quickselect) rather than found by sorting everything, so the result is the same for a fraction of
    /// the cost. Permutes <paramref name="values"/>.
    /// </summary>
    public static double LinearOfUnsorted(double[] values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        double h = (values.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, values.Length - 1);
        Dictionary<int, double> at = PhiK.OrderStatistics.Select(values, lo == hi ? [lo] : [lo, hi]);
        return at[lo] + (h - lo) * (at[hi] - at[lo]);
    }
}
