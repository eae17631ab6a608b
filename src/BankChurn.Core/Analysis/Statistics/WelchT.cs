namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Welch's unequal-variance t test. Chosen over Student's pooled test because churned and retained clients differ in
/// spread as well as in level, and Welch's test keeps its level when variances and group sizes differ while losing
/// almost nothing when they do not (Delacre, Lakens and Leys, 2017).
/// </summary>
public static class WelchT
{
    /// <summary>
    /// Tests mean(a) = mean(b) exactly as scipy.stats.ttest_ind(a, b, equal_var=False): t = (x̄a − x̄b) / se with
    /// se² = sa²/na + sb²/nb, Welch–Satterthwaite ν = se⁴ / ((sa²/na)²/(na−1) + (sb²/nb)²/(nb−1)), p = 2·P(T_ν ≥ |t|)
    /// written as the regularized incomplete beta I_{ν/(ν+t²)}(ν/2, ½) so that tiny p-values keep their digits.
    /// The mean difference's 95 % interval is (x̄a − x̄b) ± t_{0.975, ν}·se (SciPy ≥ 1.11's confidence_interval()).
    /// The effect size is Cohen's d with the pooled standard deviation √(((na−1)sa² + (nb−1)sb²)/(na+nb−2)) even
    /// under Welch, as is usual for reporting, so that d keeps its familiar scale; its 95 % interval is d ± 1.96·SE
    /// with SE = √((na+nb)/(na·nb) + d²/(2(na+nb))) (Hedges and Olkin, 1985, eq. 5.14).
    /// <para>
    /// Degenerate data give t = 0, ν = 0 and p = 1 with a flag rather than NaN: an empty group
    /// (<see cref="Degeneracy.EmptyGroup"/>), a group of one (<see cref="Degeneracy.TooFewObservations"/>, no variance
    /// estimate), or two constant groups (<see cref="Degeneracy.NoVariance"/>). For the last, SciPy returns ±∞ or NaN:
    /// a difference with no spread at all is usually an artefact (a constant or clipped column), and claiming p = 0 from
    /// it would be worse than declining to test, so the flag asks the report to say "not testable".
    /// Values must be finite (drop missing values first).
    /// </para>
    /// </summary>
    public static WelchTest Test(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Descriptive.RequireFinite(a, nameof(a));
        Descriptive.RequireFinite(b, nameof(b));
        int n1 = a.Length, n2 = b.Length;
        double mean1 = n1 == 0 ? 0 : Descriptive.Mean(a);
        double mean2 = n2 == 0 ? 0 : Descriptive.Mean(b);
        double diff = mean1 - mean2;
        if (n1 == 0 || n2 == 0)
            return Degenerate(Degeneracy.EmptyGroup);
        if (n1 < 2 || n2 < 2)
            return Degenerate(Degeneracy.TooFewObservations);

        double v1 = Descriptive.Variance(a), v2 = Descriptive.Variance(b);
        double w1 = v1 / n1, w2 = v2 / n2;
        double se2 = w1 + w2;
        if (se2 <= 0)
            return Degenerate(Degeneracy.NoVariance);

        double se = Math.Sqrt(se2);
        double t = diff / se;
        double dof = se2 * se2 / (w1 * w1 / (n1 - 1) + w2 * w2 / (n2 - 1));
        double p = Tails.TwoSidedStudent(t, dof);
        double half = Tails.StudentQuantile975(dof) * se;

        double pooled = Math.Sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
        double d = diff / pooled;
        double seD = Math.Sqrt((double)(n1 + n2) / ((double)n1 * n2) + d * d / (2.0 * (n1 + n2)));
        double halfD = Proportions.Z95 * seD;
        return new WelchTest(n1, n2, mean1, mean2, t, dof, p, new Interval(diff - half, diff + half),
            d, new Interval(d - halfD, d + halfD), Degeneracy.None);

        WelchTest Degenerate(Degeneracy why) =>
            new(n1, n2, mean1, mean2, 0, 0, 1, new Interval(diff, diff), 0, new Interval(0, 0), why);
    }
}
