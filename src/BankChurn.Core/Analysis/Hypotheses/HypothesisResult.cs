using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Hypotheses;

/// <summary>
/// The outcome of one hypothesis: group sizes and estimates (means, or shares for a 0/1 metric), the test actually run,
/// its statistic and p-value, the Holm-adjusted p over the whole list, an effect size with its 95 % interval, and the decision.
/// </summary>
/// <param name="EffectKind">"cohens_d", "rank_biserial" or "difference_of_shares".</param>
/// <param name="Reject">True when the Holm-adjusted p-value is below alpha: the groups differ, in some direction, by some amount.</param>
/// <param name="TestReason">Why this test was used (for <c>auto</c>, the rule that picked it).</param>
public sealed record HypothesisResult(
    HypothesisSettings Hypothesis,
    HypothesisTest TestUsed,
    string TestReason,
    bool IsShare,
    int NA,
    int NB,
    double EstimateA,
    double EstimateB,
    double MedianA,
    double MedianB,
    double Statistic,
    double PValue,
    double PAdjusted,
    string EffectKind,
    double Effect,
    Interval EffectConfidence,
    Degeneracy Degeneracy,
    bool Reject)
{
    /// <summary>
    /// The effect on the scale the minimum is stated in: Cohen's d, the rank-biserial r, or for shares Cohen's h
    /// (2·asin√p_A − 2·asin√p_B, Cohen 1988). Positive when group A's metric is higher, like <see cref="Effect"/>.
    /// </summary>
    public double StandardizedEffect { get; init; }

    /// <summary>"cohens_d", "rank_biserial" or "cohens_h": the kind of <see cref="StandardizedEffect"/>.</summary>
    public string StandardizedKind { get; init; } = "";

    /// <summary>The minimum |<see cref="StandardizedEffect"/>| for a confirmed or opposite verdict.</summary>
    public double MinEffect { get; init; }

    /// <summary>What the evidence supports (<see cref="Hypotheses.Verdict"/>); <see cref="Reject"/> alone ignores direction and size.</summary>
    public Verdict Verdict { get; init; } = Verdict.NotShown;
}
