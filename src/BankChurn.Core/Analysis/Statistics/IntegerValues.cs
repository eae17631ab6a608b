namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Counting-based shortcuts for samples of whole numbers in a narrow range (ages, scores, product counts, 0/1 flags):
/// sorting and ranking them takes one pass over the data instead of an O(n log n) sort, with identical results.
/// </summary>
internal static class IntegerValues
{
    /// <summary>The widest range (max − min) counted; wider samples fall back to an ordinary sort.</summary>
    public const int MaxRange = 1 << 16;

    /// <summary>True, with the smallest value and the range, when every value is a whole number within <see cref="MaxRange"/>.</summary>
    public static bool TryRange(ReadOnlySpan<double> values, out long min, out int range)
    {
        min = 0;
        range = 0;
        if (values.IsEmpty)
            return false;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v != Math.Floor(v) || Math.Abs(v) > 1e15)
                return false;
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (hi - lo > MaxRange)
            return false;
        min = (long)lo;
        range = (int)(hi - lo);
        return true;
    }

    /// <summary>How many values take each whole number min..min+range.</summary>
    public static int[] Counts(ReadOnlySpan<double> values, long min, int range)
    {
        var counts = new int[range + 1];
        foreach (double v in values)
            counts[(int)((long)v - min)]++;
        return counts;
    }

    /// <summary>The values in ascending order, or null when they are not narrow-range whole numbers.</summary>
    public static double[]? Sorted(ReadOnlySpan<double> values)
    {
        if (!TryRange(values, out long min, out int range))
            return null;
        int[] counts = Counts(values, min, range);
        var sorted = new double[values.Length];
        int at = 0;
        for (int k = 0; k <= range; k++)
        {
            double value = min + k;
            for (int c = counts[k]; c > 0; c--)
                sorted[at++] = value;
        }
        return sorted;
    }
}
