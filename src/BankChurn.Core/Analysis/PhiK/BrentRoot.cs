namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// Brent's root finder exactly as SciPy's scipy.optimize.brentq (scipy/optimize/Zeros/brentq.c) runs it.
/// The phik library stops its inversion at xtol = 1e-5, so its φK carries the particular iterate brentq stops at;
/// reproducing the library to 1e-6 therefore needs the same steps, not merely another Brent (MathNet's differs).
/// </summary>
internal static class BrentRoot
{
    /// <summary>SciPy's default relative tolerance, 4 · machine epsilon.</summary>
    public const double DefaultRelativeTolerance = 4 * 2.220446049250313e-16;

    /// <summary>A root of <paramref name="f"/> in [<paramref name="a"/>, <paramref name="b"/>], where f changes sign.</summary>
    public static double Find(Func<double, double> f, double a, double b, double xtol,
        double rtol = DefaultRelativeTolerance, int maxIterations = 100)
    {
        double xpre = a, xcur = b;
        double xblk = 0, fblk = 0, spre = 0, scur = 0;
        double fpre = f(xpre);
        double fcur = f(xcur);
        if (fpre == 0) return xpre;
        if (fcur == 0) return xcur;
        if (double.IsNegative(fpre) == double.IsNegative(fcur))
            throw new ArgumentException($"f({a}) and f({b}) have the same sign; no bracketed root.", nameof(f));

        for (int i = 0; i < maxIterations; i++)
        {
            if (fpre != 0 && fcur != 0 && double.IsNegative(fpre) != double.IsNegative(fcur))
            {
                xblk = xpre;
                fblk = fpre;
                spre = scur = xcur - xpre;
            }
            if (Math.Abs(fblk) < Math.Abs(fcur))
            {
                xpre = xcur;
                xcur = xblk;
                xblk = xpre;
                fpre = fcur;
                fcur = fblk;
                fblk = fpre;
            }

            double delta = (xtol + rtol * Math.Abs(xcur)) / 2;
            double sbis = (xblk - xcur) / 2;
            if (fcur == 0 || Math.Abs(sbis) < delta)
                return xcur;

            if (Math.Abs(spre) > delta && Math.Abs(fcur) < Math.Abs(fpre))
            {
                double stry;
                if (xpre == xblk)
                {
                    stry = -fcur * (xcur - xpre) / (fcur - fpre); // secant
                }
                else
                {
                    double dpre = (fpre - fcur) / (xpre - xcur); // inverse quadratic
                    double dblk = (fblk - fcur) / (xblk - xcur);
                    stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre));
                }
                if (2 * Math.Abs(stry) < Math.Min(Math.Abs(spre), 3 * Math.Abs(sbis) - delta))
                {
                    spre = scur;
                    scur = stry;
                }
                else
                {
                    spre = sbis;
                    scur = sbis;
                }
            }
            else
            {
                spre = sbis;
                scur = sbis;
            }

            xpre = xcur;
            fpre = fcur;
            xcur += Math.Abs(scur) > delta ? scur : (sbis > 0 ? delta : -delta);
            fcur = f(xcur);
        }
        return xcur;
    }
}
