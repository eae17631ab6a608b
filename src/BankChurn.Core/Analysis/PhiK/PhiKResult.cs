namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// φK of one pair of columns (Baak et al. 2018) with its significance.
/// <paramref name="Value"/> is in [0, 1]; <paramref name="Significance"/> is the one-sided normal Z of
/// <paramref name="PValue"/> (finite: p is floored at <see cref="SmallestPValue"/> before the conversion);
/// <paramref name="ChiSquare"/> is the Pearson χ² the value was inverted from (Yates-corrected on a 2 × 2 table);
/// <paramref name="Rows"/> × <paramref name="Cols"/> is the table after empty levels were dropped, over
/// <paramref name="N"/> clients with both values present.
/// </summary>
public sealed record PhiKResult(double Value, double Significance, double PValue, double ChiSquare, int Rows, int Cols, long N)
{
    /// <summary>The p-value floor used for <see cref="Significance"/>, so that Z stays finite (about 37.0).</summary>
    public const double SmallestPValue = 1e-300;

    /// <summary>False when a column has fewer than two levels among the rows of the pair: φK is then reported as 0 with p = 1.</summary>
    public bool IsDefined => Rows >= 2 && Cols >= 2;

    internal static PhiKResult Undefined(int rows, int cols, long n) => new(0, 0, 1, 0, rows, cols, n);
}
