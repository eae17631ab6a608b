using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Analysis.Correlations;

/// <summary>The association of churn with one column, by the method that fits the column's type, with its p-value.</summary>
/// <param name="Method">"spearman" (ordered or numeric column), "point_biserial" (0/1 column: equals the phi coefficient), or "cramers_v" (categories).</param>
/// <param name="Value">The coefficient: signed for Spearman and point-biserial (positive = more churn with higher values), 0..1 for Cramér's V.</param>
public sealed record ChurnCorrelation(string Column, string Method, int N, double Value, double PValue, Degeneracy Degeneracy);
