namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// The result of a two-sided Mann–Whitney U test of sample a against sample b.
/// </summary>
/// <param name="U">U for sample a (SciPy's U1 = R1 − n1(n1+1)/2): the number of (a, b) pairs with a &gt; b, ties counting ½.</param>
/// <param name="Z">The normal approximation's z for a, with tie and continuity corrections; positive when a tends to be larger, 0 when degenerate.</param>
/// <param name="PValue">The two-sided asymptotic p-value, never NaN; 1 when <see cref="Degeneracy"/> is not None.</param>
/// <param name="RankBiserial">r = 2U/(n1·n2) − 1 in [−1, 1]: positive when a tends to be larger than b (Kerby, 2014).</param>
/// <param name="RankBiserialConfidence">The 95 % interval of <see cref="RankBiserial"/> (Newcombe's score-type method 5 on U/(n1·n2), mapped to r).</param>
public sealed record MannWhitneyTest(
    int N1,
    int N2,
    double U,
    double Z,
    double PValue,
    double RankBiserial,
    Interval RankBiserialConfidence,
    Degeneracy Degeneracy)
{
    /// <summary>The common-language effect size: P(a &gt; b) + ½·P(a = b) for a random pair, U/(n1·n2); ½ when a group is empty.</summary>
    public double Superiority => (RankBiserial + 1) / 2;
}
