namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Correlations of churn with the other columns: Spearman for ordinal or skewed numbers (rank-based, so monotone
/// but non-linear relations and outliers do not mislead it), Pearson and its special case the point-biserial for a
/// 0/1 variable against a number. Inputs are pairs: drop a pair when either value is missing (pandas/scipy dropna).
/// </summary>
public static class Correlation
{
    /// <summary>
    /// Pearson's r exactly as scipy.stats.pearsonr: centred dot product over the product of norms, clipped to [−1, 1];
    /// p from the distribution of r under independence of normal variables, 2·P(B ≥ |r|) for B ~ Beta(n/2−1, n/2−1)
    /// on [−1, 1], computed as I_{1−r²}((n−2)/2, ½) (identical to the t form with n−2 degrees of freedom).
    /// The 95 % interval is Fisher's tanh(atanh r ± 1.96/√(n−3)) (SciPy's PearsonRResult.confidence_interval()).
    /// Two pairs give r = ±1 with p = 1 as in SciPy, flagged <see cref="Degeneracy.TooFewObservations"/>;
    /// a constant x or y gives r = 0, p = 1 and <see cref="Degeneracy.NoVariance"/> (SciPy: NaN).
    /// </summary>
    public static CorrelationTest Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckPairs(x, y);
        return FromCoefficient(Coefficient(x, y, out bool constant), x.Length, constant, FisherSe(x.Length, 1.0));
    }

    /// <summary>
    /// Spearman's ρ exactly as scipy.stats.spearmanr: Pearson's r of the average ranks (so ties are handled by
    /// mid-ranks), with p from Student's t on n−2 degrees of freedom, t = ρ·√((n−2)/(1−ρ²)).
    /// The 95 % interval is Fisher's z with the Fieller–Hartley–Pearson standard error √(1.06/(n−3))
    /// (Fieller, Hartley and Pearson, 1957; Bonett and Wright, 2000), which SciPy does not provide.
    /// Degenerate cases as in <see cref="Pearson"/>.
    /// </summary>
    public static CorrelationTest Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckPairs(x, y);
        return SpearmanOfRanks(Ranks.Average(x), Ranks.Average(y));
    }

    /// <summary>
    /// <see cref="Spearman"/> from the average ranks of x and y (in pair order), for a caller that already holds one
    /// of them (<see cref="SortedColumn.RanksInRowOrder"/>).
    /// </summary>
    public static CorrelationTest SpearmanOfRanks(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry)
    {
        CheckPairs(rx, ry);
        return FromCoefficient(Coefficient(rx, ry, out bool constant), rx.Length, constant, FisherSe(rx.Length, 1.06));
    }

    /// <summary>
    /// The point-biserial correlation of a 0/1 variable with a number (scipy.stats.pointbiserialr), which is Pearson's
    /// r with 0/1 coded as numbers; positive when the group coded 1 has the larger values.
    /// </summary>
    public static CorrelationTest PointBiserial(ReadOnlySpan<double> binary01, ReadOnlySpan<double> y)
    {
        foreach (double v in binary01)
            if (v is not (0 or 1))
                throw new ArgumentException("The binary variable must be coded 0 or 1.", nameof(binary01));
        return Pearson(binary01, y);
    }

    private static CorrelationTest FromCoefficient(double r, int n, bool constant, double fisherSe)
    {
        if (n < 2 || constant)
            return new CorrelationTest(n, 0, 1, new Interval(-1, 1), n < 2 ? Degeneracy.TooFewObservations : Degeneracy.NoVariance);
        if (n == 2)
            return new CorrelationTest(n, r, 1, new Interval(-1, 1), Degeneracy.TooFewObservations);
        double p = Tails.TwoSidedCorrelation(r, n);
        return new CorrelationTest(n, r, p, FisherInterval(r, n, fisherSe), Degeneracy.None);
    }

    private static double FisherSe(int n, double factor) => n > 3 ? Math.Sqrt(factor / (n - 3)) : 0;

    private static Interval FisherInterval(double r, int n, double se)
    {
        if (n <= 3)
            return new Interval(-1, 1);
        if (Math.Abs(r) >= 1)
            return new Interval(r, r);
        double z = Math.Atanh(r);
        double half = Proportions.Z95 * se;
        return new Interval(Math.Tanh(z - half), Math.Tanh(z + half));
    }

    /// <summary>Pearson's r by two passes (centre, then normalize), as SciPy does; <paramref name="constant"/> when either side has no spread.</summary>
    private static double Coefficient(ReadOnlySpan<double> x, ReadOnlySpan<double> y, out bool constant)
    {
        int n = x.Length;
        // Exact constancy, checked on the data: centring by a rounded mean would leave tiny non-zero sums of squares.
        // SciPy warns and returns NaN here.
        constant = n >= 2 && (Descriptive.IsConstant(x) || Descriptive.IsConstant(y));
        if (n < 2 || constant)
            return 0;
        double mx = Descriptive.Mean(x), my = Descriptive.Mean(y);
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        // Two points always lie on a line; SciPy returns the exact sign rather than a rounded ±0.9999999999999998.
        if (n == 2)
            return Math.Sign(sxy);
        // √(sxx·syy) rather than √sxx·√syy: identical inputs then give exactly 1, because √(fl(s²)) = s.
        double r = sxy / Math.Sqrt(sxx * syy);
        return Math.Clamp(r, -1, 1);
    }

    private static void CheckPairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException($"x and y must be pairs: {x.Length} and {y.Length} values.", nameof(y));
        Descriptive.RequireFinite(x, nameof(x));
        Descriptive.RequireFinite(y, nameof(y));
    }
}
