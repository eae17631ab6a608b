namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// The Mann–Whitney U test (Wilcoxon rank-sum) for a shift between two independent samples. Used for the continuous
/// drivers because score, age, balance and income are skewed with long tails, where a rank test keeps its level and
/// its power without assuming normality, and a few extreme balances cannot dominate it (Fagerland and Sandvik, 2009).
/// </summary>
public static class MannWhitney
{
    /// <summary>
    /// Tests a against b exactly as scipy.stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True,
    /// alternative='two-sided'): z = (max(U1, U2) − n1·n2/2 − ½) / σ with σ² = n1·n2/12 · ((n+1) − Σ(t³−t)/(n(n−1))),
    /// p = 2·(1 − Φ(z)) capped at 1 (computed as erfc so that tiny p-values keep their digits).
    /// The effect size is the rank-biserial correlation r = 2U1/(n1·n2) − 1 (Kerby, 2014), positive when a tends to be
    /// larger. Its 95 % interval comes from Newcombe's method 5 (Newcombe, 2006, Stat Med 25:559–573) for
    /// θ = U1/(n1·n2): the score-type interval solving (θ̂ − θ)² = z²·V(θ) with the Hanley–McNeil variance
    /// V(θ) = θ(1−θ)/(n1·n2) · [1 + N*·((1−θ)/(2−θ) + θ/(1+θ))], N* = (n1+n2)/2 − 1, which unlike a Wald interval
    /// stays inside [0, 1] and keeps its width at θ̂ = 0 or 1; the bounds map to r by 2θ − 1.
    /// An empty sample gives U = 0, p = 1, r = 0 with the uninformative interval [−1, 1] and
    /// <see cref="Degeneracy.EmptyGroup"/>; all values tied gives z = 0, p = 1 and <see cref="Degeneracy.NoVariance"/>.
    /// Values must be finite (drop missing values first).
    /// </summary>
    public static MannWhitneyTest Test(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n1 = a.Length, n2 = b.Length;
        if (n1 == 0 || n2 == 0)
        {
            Descriptive.RequireFinite(a, nameof(a));
            Descriptive.RequireFinite(b, nameof(b));
            return FromRanks(new RankSums(n1, n2, 0, 0, false));
        }

        var combined = new double[n1 + n2];
        a.CopyTo(combined);
        b.CopyTo(combined.AsSpan(n1));
        double[] ranks = Ranks.Average(combined, out double tieTerm);
        double rankSumA = 0;
        for (int i = 0; i < n1; i++)
            rankSumA += ranks[i];
        // Checked on the data because the tie term cancels (n+1) only up to rounding for large n.
        return FromRanks(new RankSums(n1, n2, rankSumA, tieTerm, Descriptive.IsConstant(combined)));
    }

    /// <summary>
    /// The test from the ranks alone, for a caller that already holds the combined sample in order
    /// (<see cref="SortedColumn.RankSums"/>); <see cref="Test"/> computes the same figures by sorting.
    /// </summary>
    public static MannWhitneyTest FromRanks(RankSums ranks)
    {
        (int n1, int n2, double rankSumA, double tieTerm, bool allTied) = ranks;
        if (n1 == 0 || n2 == 0)
            return new MannWhitneyTest(n1, n2, 0, 0, 1, 0, new Interval(-1, 1), Degeneracy.EmptyGroup);

        double pairs = (double)n1 * n2;
        double n = n1 + n2;
        double u1 = rankSumA - n1 * (n1 + 1.0) / 2;
        double mean = pairs / 2;
        double variance = pairs / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        double theta = u1 / pairs;
        Interval thetaInterval = NewcombeInterval(theta, n1, n2);
        var effectInterval = new Interval(2 * thetaInterval.Low - 1, 2 * thetaInterval.High - 1);

        // All values tied: σ = 0 and U1 equals its mean. SciPy's 2·sf(−∞) clips to p = 1; say why instead.
        if (allTied || variance <= 0)
            return new MannWhitneyTest(n1, n2, u1, 0, 1, 2 * theta - 1, effectInterval, Degeneracy.NoVariance);

        double sigma = Math.Sqrt(variance);
        // max(U1, U2) − mean = |U1 − mean| because U2 = n1·n2 − U1.
        double corrected = Math.Abs(u1 - mean) - 0.5;
        double z = Math.Max(0, corrected) / sigma * Math.Sign(u1 - mean);
        double p = corrected <= 0 ? 1 : Tails.TwoSidedNormal(corrected / sigma);
        return new MannWhitneyTest(n1, n2, u1, z, p, 2 * theta - 1, effectInterval, Degeneracy.None);
    }

    /// <summary>Newcombe's (2006) method 5 interval for θ = U/(n1·n2), found by bisection on each side of θ̂.</summary>
    internal static Interval NewcombeInterval(double theta, int n1, int n2)
    {
        double pairs = (double)n1 * n2;
        double nStar = (n1 + n2) / 2.0 - 1;
        double z2 = Proportions.Z95 * Proportions.Z95;

        // f(θ) = (θ̂ − θ)² − z²·V(θ): ≥ 0 at θ = 0 and 1, ≤ 0 at θ̂, so each side has a root.
        double F(double t) =>
            (theta - t) * (theta - t) - z2 * t * (1 - t) / pairs * (1 + nStar * ((1 - t) / (2 - t) + t / (1 + t)));

        double low = theta <= 0 ? 0 : Root(F, 0, theta);
        double high = theta >= 1 ? 1 : Root(F, theta, 1);
        return new Interval(low, high);
    }

    /// <summary>Bisection for a sign change of <paramref name="f"/> between <paramref name="lo"/> and <paramref name="hi"/> to full double precision.</summary>
    private static double Root(Func<double, double> f, double lo, double hi)
    {
        double fLo = f(lo);
        for (int i = 0; i < 200 && hi - lo > 1e-16; i++)
        {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi)
                break;
            double fMid = f(mid);
            if ((fMid > 0) == (fLo > 0))
            {
                lo = mid;
                fLo = fMid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
