namespace BankChurn.Core.Analysis.Statistics;

/// <summary>The result of a two-sided test of share x1/n1 against share x2/n2.</summary>
/// <param name="Z">The pooled z for share 1 − share 2; positive when group 1's share is larger; 0 when degenerate.</param>
/// <param name="PValue">Two-sided, never NaN; 1 when <see cref="Degeneracy"/> is not None.</param>
/// <param name="DifferenceConfidence">The 95 % interval of share 1 − share 2 (Newcombe's hybrid score method 10).</param>
public sealed record TwoProportionTest(
    int X1,
    int N1,
    int X2,
    int N2,
    double Z,
    double PValue,
    Interval DifferenceConfidence,
    Degeneracy Degeneracy)
{
    /// <summary>x1/n1, 0 for an empty group.</summary>
    public double Share1 => N1 == 0 ? 0 : (double)X1 / N1;

    /// <summary>x2/n2, 0 for an empty group.</summary>
    public double Share2 => N2 == 0 ? 0 : (double)X2 / N2;

    public double Difference => Share1 - Share2;
}
