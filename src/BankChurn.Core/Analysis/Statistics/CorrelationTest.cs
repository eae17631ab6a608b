namespace BankChurn.Core.Analysis.Statistics;

/// <summary>A correlation coefficient over <paramref name="N"/> pairs with its two-sided p-value and 95 % interval.</summary>
/// <param name="Coefficient">In [−1, 1]; 0 when <see cref="Degeneracy"/> is NoVariance or there are fewer than 2 pairs.</param>
/// <param name="PValue">Two-sided, for the null of no association; never NaN; 1 when degenerate.</param>
/// <param name="Confidence">The 95 % interval by Fisher's z; [−1, 1] when there are too few pairs to estimate one.</param>
public sealed record CorrelationTest(int N, double Coefficient, double PValue, Interval Confidence, Degeneracy Degeneracy);
