namespace BankChurn.Core.Settings;

/// <summary>
/// The smallest effect a hypothesis must show to be called confirmed (config section <c>analysis.min_effect</c>); a
/// significant effect below it is negligible. The defaults are Cohen's (1988) conventional "small" effects: d = 0.2,
/// h = 0.2 for two shares, and 0.1 for a correlation-type measure such as the rank-biserial r. With thousands of
/// clients per group a p-value alone calls a 0.6-year age gap "significant"; the minimum keeps such gaps out of the
/// conclusions.
/// </summary>
/// <param name="CohensD">|Cohen's d| for means compared with Welch's t.</param>
/// <param name="RankBiserial">|rank-biserial r| for distributions compared with Mann–Whitney.</param>
/// <param name="CohensH">|Cohen's h| = |2·asin√p_A − 2·asin√p_B| for shares.</param>
public sealed record MinimumEffects(double CohensD = 0.2, double RankBiserial = 0.1, double CohensH = 0.2)
{
    public static MinimumEffects Default { get; } = new();
}
