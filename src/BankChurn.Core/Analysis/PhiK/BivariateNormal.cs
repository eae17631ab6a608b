using MathNet.Numerics;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// The standard bivariate normal distribution with correlation ρ, computed deterministically.
/// A port of Genz's BVU (Genz 2004, "Numerical computation of rectangular bivariate and trivariate normal
/// probabilities", Statistics and Computing 14; built on Drezner and Wesolowsky 1990), the routine behind
/// SciPy's mvnun for two dimensions and therefore behind the phik library's reference tables.
/// Accurate to about 1e-15 absolute.
/// </summary>
public static class BivariateNormal
{
    private const double TwoPi = 6.283185307179586;

    // Gauss–Legendre abscissae (negative half) and weights for 6, 12 and 20 points, as in Genz's code.
    private static readonly double[][] Weights =
    [
        [0.1713244923791705, 0.3607615730481384, 0.4679139345726904],
        [0.4717533638651177e-01, 0.1069393259953183, 0.1600783285433464, 0.2031674267230659, 0.2334925365383547, 0.2491470458134029],
        [
            0.1761400713915212e-01, 0.4060142980038694e-01, 0.6267204833410906e-01, 0.8327674157670475e-01, 0.1019301198172404,
            0.1181945319615184, 0.1316886384491766, 0.1420961093183821, 0.1491729864726037, 0.1527533871307259,
        ],
    ];

    private static readonly double[][] Abscissae =
    [
        [-0.9324695142031522, -0.6612093864662647, -0.2386191860831970],
        [-0.9815606342467191, -0.9041172563704750, -0.7699026741943050, -0.5873179542866171, -0.3678314989981802, -0.1252334085114692],
        [
            -0.9931285991850949, -0.9639719272779138, -0.9122344282513259, -0.8391169718222188, -0.7463319064601508,
            -0.6360536807265150, -0.5108670019508271, -0.3737060887154196, -0.2277858511416451, -0.7652652113349733e-01,
        ],
    ];

    /// <summary>P(X ≤ <paramref name="x"/>, Y ≤ <paramref name="y"/>) for standard normals with correlation <paramref name="rho"/>.</summary>
    public static double Cdf(double x, double y, double rho) => UpperTail(-x, -y, rho);

    /// <summary>
    /// P(X &gt; <paramref name="h"/>, Y &gt; <paramref name="k"/>) (Genz's BVU). Infinite limits are allowed; ρ = ±1 gives the
    /// degenerate distribution on the diagonal or anti-diagonal.
    /// </summary>
    public static double UpperTail(double h, double k, double rho)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs(rho), 1.0);
        // Infinite limits reduce to one dimension; Genz's code gets there through its own infinity flags.
        if (double.IsNegativeInfinity(h)) return Phi(-k);
        if (double.IsNegativeInfinity(k)) return Phi(-h);
        if (double.IsPositiveInfinity(h) || double.IsPositiveInfinity(k)) return 0;

        double absRho = Math.Abs(rho);
        int grid = absRho < 0.3 ? 0 : absRho < 0.75 ? 1 : 2;
        double[] w = Weights[grid], x = Abscissae[grid];
        double hk = h * k;
        double bvn = 0;

        if (absRho < 0.925)
        {
            // Drezner–Wesolowsky: integrate the density's derivative in ρ along arcsin(ρ).
            double hs = (h * h + k * k) / 2;
            double asr = Math.Asin(rho);
            for (int i = 0; i < x.Length; i++)
            {
                double sn = Math.Sin(asr * (x[i] + 1) / 2);
                bvn += w[i] * Math.Exp((sn * hk - hs) / (1 - sn * sn));
                sn = Math.Sin(asr * (-x[i] + 1) / 2);
                bvn += w[i] * Math.Exp((sn * hk - hs) / (1 - sn * sn));
            }
            return bvn * asr / (2 * TwoPi) + Phi(-h) * Phi(-k);
        }

        // Near |ρ| = 1 the integrand is singular; Genz integrates in sqrt(1 − ρ²) with the singular part taken out.
        if (rho < 0)
        {
            k = -k;
            hk = -hk;
        }
        if (absRho < 1)
        {
            double a2 = (1 - rho) * (1 + rho);
            double a = Math.Sqrt(a2);
            double bs = (h - k) * (h - k);
            double c = (4 - hk) / 8;
            double d = (12 - hk) / 16;
            bvn = a * Math.Exp(-(bs / a2 + hk) / 2) * (1 - c * (bs - a2) * (1 - d * bs / 5) / 3 + c * d * a2 * a2 / 5);
            if (hk > -160)
            {
                double b = Math.Sqrt(bs);
                bvn -= Math.Exp(-hk / 2) * Math.Sqrt(TwoPi) * Phi(-b / a) * b * (1 - c * bs * (1 - d * bs / 5) / 3);
            }
            a /= 2;
            for (int i = 0; i < x.Length; i++)
            {
                double xs = (a * (x[i] + 1)) * (a * (x[i] + 1));
                double rs = Math.Sqrt(1 - xs);
                bvn += a * w[i] * (Math.Exp(-bs / (2 * xs) - hk / (1 + rs)) / rs - Math.Exp(-(bs / xs + hk) / 2) * (1 + c * xs * (1 + d * xs)));
                xs = a2 * (-x[i] + 1) * (-x[i] + 1) / 4;
                rs = Math.Sqrt(1 - xs);
                bvn += a * w[i] * Math.Exp(-(bs / xs + hk) / 2) * (Math.Exp(-hk * (1 - rs) / (2 * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
            }
            bvn = -bvn / TwoPi;
        }
        return rho > 0
            ? bvn + Phi(-Math.Max(h, k))
            : -bvn + Math.Max(0, Phi(-h) - Phi(-k));
    }

    /// <summary>P(x0 &lt; X ≤ x1, y0 &lt; Y ≤ y1), by inclusion–exclusion of upper tails in the order Genz's BVNMVN uses.</summary>
    public static double Box(double x0, double x1, double y0, double y1, double rho) =>
        UpperTail(x0, y0, rho) - UpperTail(x1, y0, rho) - UpperTail(x0, y1, rho) + UpperTail(x1, y1, rho);

    /// <summary>The standard normal CDF via erfc, accurate in both tails.</summary>
    private static double Phi(double z) => 0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2);
}
