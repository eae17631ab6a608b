namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Comparison of two shares, such as the churn of one segment against the rest of the base.</summary>
public static class TwoProportions
{
    /// <summary>
    /// The pooled two-proportion z test: z = (p1 − p2) / √(p̂(1−p̂)(1/n1 + 1/n2)) with p̂ = (x1+x2)/(n1+n2), two-sided
    /// p = erfc(|z|/√2). It is the same test as the 2×2 chi-square without Yates' correction (z² = χ²,
    /// scipy.stats.chi2_contingency(correction=False)), stated as a signed difference so that the deck can say which
    /// group churns more. The difference's 95 % interval is Newcombe's hybrid score interval (method 10 of Newcombe,
    /// 1998, Stat Med 17:873–890), built from each group's Wilson interval [l, u]:
    /// [d − √((p1−l1)² + (u2−p2)²), d + √((u1−p1)² + (p2−l2)²)]. It keeps its coverage for small groups and shares
    /// near 0 or 1, where the Wald interval p1 − p2 ± 1.96·se collapses or leaves [−1, 1].
    /// An empty group gives z = 0, p = 1 and <see cref="Degeneracy.EmptyGroup"/>; shares of 0 % or 100 % in both groups
    /// give z = 0, p = 1 and <see cref="Degeneracy.NoVariance"/> (the groups do not differ, and the pooled se is 0).
    /// </summary>
    public static TwoProportionTest ZTest(int x1, int n1, int x2, int n2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x1);
        ArgumentOutOfRangeException.ThrowIfNegative(x2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x1, n1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x2, n2);

        double p1 = n1 == 0 ? 0 : (double)x1 / n1;
        double p2 = n2 == 0 ? 0 : (double)x2 / n2;
        double d = p1 - p2;
        Interval w1 = Proportions.WilsonInterval(x1, n1), w2 = Proportions.WilsonInterval(x2, n2);
        var interval = new Interval(
            d - Math.Sqrt(Square(p1 - w1.Low) + Square(w2.High - p2)),
            d + Math.Sqrt(Square(w1.High - p1) + Square(p2 - w2.Low)));

        if (n1 == 0 || n2 == 0)
            return new TwoProportionTest(x1, n1, x2, n2, 0, 1, interval, Degeneracy.EmptyGroup);
        double pooled = (double)(x1 + x2) / ((double)n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance <= 0)
            return new TwoProportionTest(x1, n1, x2, n2, 0, 1, interval, Degeneracy.NoVariance);
        double z = d / Math.Sqrt(variance);
        return new TwoProportionTest(x1, n1, x2, n2, z, Tails.TwoSidedNormal(z), interval, Degeneracy.None);
    }

    private static double Square(double v) => v * v;
}
