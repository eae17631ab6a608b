namespace BankChurn.Core.Analysis.Statistics;

/// <summary>The result of Welch's two-sample t test of mean(a) − mean(b), with Cohen's d.</summary>
/// <param name="Mean1">The mean of a (0 when a is empty).</param>
/// <param name="Mean2">The mean of b (0 when b is empty).</param>
/// <param name="Statistic">Welch's t; positive when a has the larger mean; 0 when degenerate.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom; 0 when degenerate.</param>
/// <param name="PValue">The two-sided p-value, never NaN; 1 when <see cref="Degeneracy"/> is not None.</param>
/// <param name="MeanDifferenceConfidence">The Welch 95 % interval of mean(a) − mean(b); collapsed to the point estimate when degenerate.</param>
/// <param name="CohensD">(mean(a) − mean(b)) / pooled SD; 0 when the pooled SD is 0 or cannot be estimated.</param>
/// <param name="CohensDConfidence">The 95 % interval of d (Hedges and Olkin's normal approximation); collapsed to d when degenerate.</param>
public sealed record WelchTest(
    int N1,
    int N2,
    double Mean1,
    double Mean2,
    double Statistic,
    double DegreesOfFreedom,
    double PValue,
    Interval MeanDifferenceConfidence,
    double CohensD,
    Interval CohensDConfidence,
    Degeneracy Degeneracy)
{
    public double MeanDifference => Mean1 - Mean2;
}
