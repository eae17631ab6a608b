namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Location and spread of a sample, with the conventions of numpy/pandas: the sample standard deviation divides by
/// n − 1 (ddof = 1, pandas' default), the median and quantiles interpolate linearly (Hyndman and Fan type 7), and the
/// mode is the smallest of the most frequent values (scipy.stats.mode, and the first row of pandas' mode()).
/// Every function expects finite values (drop missing ones first) and throws on a sample too small for it,
/// so that a caller never shows NaN.
/// </summary>
public static class Descriptive
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Length, nameof(values));
        double sum = 0;
        foreach (double v in values)
            sum += v;
        return sum / values.Length;
    }

    /// <summary>
    /// The variance with <paramref name="ddof"/> delta degrees of freedom (1: the unbiased sample variance).
    /// Two passes with the corrected sum of squares (Chan, Golub and LeVeque, 1983), which stays accurate when the
    /// mean is large against the spread, unlike E[x²] − E[x]².
    /// </summary>
    public static double Variance(ReadOnlySpan<double> values, int ddof = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ddof);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(values.Length, ddof, nameof(values));
        // A constant sample has exactly zero variance, but its computed mean may be off by an ulp (three 0.1s average to
        // 0.10000000000000002), which would leave a spurious 1e-34 and let a t test divide by it.
        if (IsConstant(values))
            return 0;
        double mean = Mean(values);
        double squares = 0, residual = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
            residual += d;
        }
        double ss = squares - residual * residual / values.Length;
        return Math.Max(0, ss) / (values.Length - ddof);
    }

    public static double StandardDeviation(ReadOnlySpan<double> values, int ddof = 1) => Math.Sqrt(Variance(values, ddof));

    /// <summary>The median; the average of the two middle values for an even count.</summary>
    public static double Median(ReadOnlySpan<double> values) => Quantile(values, 0.5);

    /// <summary>The <paramref name="p"/>-quantile by linear interpolation (type 7, numpy.quantile's default). Sorts a copy.</summary>
    public static double Quantile(ReadOnlySpan<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Length, nameof(values));
        double[] sorted = Sorted(values);
        return Quantiles.Linear(sorted, p);
    }

    /// <summary>The most frequent value; among equally frequent values the smallest, so the answer does not depend on row order.</summary>
    public static double Mode(ReadOnlySpan<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Length, nameof(values));
        double[] sorted = Sorted(values);
        double best = sorted[0];
        int bestCount = 0;
        for (int start = 0; start < sorted.Length;)
        {
            int end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
                end++;
            if (end - start > bestCount)
            {
                bestCount = end - start;
                best = sorted[start];
            }
            start = end;
        }
        return best;
    }

    /// <summary>A sorted copy; throws on NaN or infinity, which would otherwise sort silently to one end.</summary>
    internal static double[] Sorted(ReadOnlySpan<double> values)
    {
        RequireFinite(values, nameof(values));
        return Sorting.Ascending(values.ToArray());
    }

    /// <summary>True when every value equals the first (and for an empty sample): no spread, compared exactly.</summary>
    internal static bool IsConstant(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
            if (v != values[0])
                return false;
        return true;
    }

    internal static void RequireFinite(ReadOnlySpan<double> values, string name)
    {
        foreach (double v in values)
            if (!double.IsFinite(v))
                throw new ArgumentException("Values must be finite: drop missing values before testing.", name);
    }
}
