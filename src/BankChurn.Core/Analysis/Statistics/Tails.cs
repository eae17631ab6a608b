using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Two-sided tail probabilities written with special functions rather than 1 − CDF, so that p-values of 1e-200 keep
/// their digits instead of underflowing to 0 (1 − CDF loses everything below about 1e-16).
/// </summary>
internal static class Tails
{
    /// <summary>P(|Z| ≥ |z|) for a standard normal Z: erfc(|z| / √2).</summary>
    public static double TwoSidedNormal(double z) =>
        Math.Min(1, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)));

    /// <summary>P(Z ≥ z) for a standard normal Z: erfc(z / √2) / 2, the one-sided tail in the direction of larger values.</summary>
    public static double UpperNormal(double z) =>
        Math.Clamp(0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2)), 0, 1);

    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="dof"/> degrees of freedom: I_{dof/(dof+t²)}(dof/2, 1/2).</summary>
    public static double TwoSidedStudent(double t, double dof)
    {
        if (t == 0)
            return 1;
        double x = dof / (dof + t * t);
        return Math.Clamp(SpecialFunctions.BetaRegularized(dof / 2, 0.5, x), 0, 1);
    }

    /// <summary>
    /// The two-sided p-value of a correlation <paramref name="r"/> from <paramref name="n"/> pairs under the null of
    /// no association: I_{1−r²}((n−2)/2, 1/2). This is both SciPy's beta-distribution form for Pearson and its
    /// t form with n − 2 degrees of freedom for Spearman, since t² = r²(n−2)/(1−r²). 1 − r² is written (1−|r|)(1+|r|)
    /// to keep its digits when |r| is near 1.
    /// </summary>
    public static double TwoSidedCorrelation(double r, int n)
    {
        double a = Math.Abs(r);
        if (a == 0)
            return 1;
        double x = (1 - a) * (1 + a);
        return Math.Clamp(SpecialFunctions.BetaRegularized((n - 2) / 2.0, 0.5, x), 0, 1);
    }

    /// <summary>The 97.5 % quantile of Student's t, for 95 % intervals.</summary>
    public static double StudentQuantile975(double dof) => StudentT.InvCDF(0, 1, dof, 0.975);
}
