using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>Location and spread of a numeric column within one group of clients (missing values left out).</summary>
/// <param name="Count">Clients with a value.</param>
/// <param name="Q1">The lower quartile (linear interpolation, as numpy.quantile).</param>
/// <param name="Q3">The upper quartile.</param>
public sealed record NumericSummary(int Count, double Mean, double Median, double Q1, double Q3, double Min, double Max)
{
    /// <summary>The summary of <paramref name="sorted"/> (ascending, no NaN), or null for an empty group, which has no mean.</summary>
    public static NumericSummary? Of(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty)
            return null;
        // Kahan-free plain sum is fine: values are at most 1e9 and n at most 1e7, far from losing the digits we print.
        double sum = 0;
        foreach (double value in sorted)
            sum += value;
        return new NumericSummary(
            sorted.Length,
            sum / sorted.Length,
            Quantiles.Linear(sorted, 0.5),
            Quantiles.Linear(sorted, 0.25),
            Quantiles.Linear(sorted, 0.75),
            sorted[0],
            sorted[^1]);
    }

    /// <summary>The summary of the present values of <paramref name="values"/> at the rows where <paramref name="take"/> holds.</summary>
    public static NumericSummary? Of(double[] values, Func<int, bool> take)
    {
        ImmutableArray<double>.Builder picked = ImmutableArray.CreateBuilder<double>();
        for (int row = 0; row < values.Length; row++)
            if (take(row))
                picked.Add(values[row]);
        return Of(Sorting.Ascending([.. picked]));
    }
}
