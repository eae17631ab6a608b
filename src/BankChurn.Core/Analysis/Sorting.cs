using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Analysis;

/// <summary>Sorting of samples, with a counting sort where the values are narrow-range whole numbers (ages, scores, counts).</summary>
public static class Sorting
{
    /// <summary>
    /// <paramref name="values"/> in ascending order: a new array from a counting sort when every value is a whole number
    /// in a narrow range (one pass instead of n log n), otherwise the same array sorted in place.
    /// </summary>
    public static double[] Ascending(double[] values)
    {
        if (IntegerValues.Sorted(values) is { } counted)
            return counted;
        Array.Sort(values);
        return values;
    }
}
