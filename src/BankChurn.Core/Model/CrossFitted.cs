using System.Collections.Immutable;

namespace BankChurn.Core.Model;

/// <summary>
/// What cross-fitting produced: each row's calibrated churn probability from the one fold model that did not see it,
/// the fold that scored it, and each column's permutation importance on held-out rows.
/// </summary>
/// <param name="TrainingRows">Rows the fold models learned from (all rows, or the seeded sample of a large month).</param>
public sealed record CrossFitted(double[] Probability, int[] FoldOfRow, int TrainingRows, ImmutableArray<FeatureImportance> Importance);
