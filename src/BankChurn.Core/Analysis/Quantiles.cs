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
}
