namespace BankChurn.Core.Tests.Analysis.Statistics;

/// <summary>Assertions against reference values printed by SciPy (17 significant digits), to a relative tolerance.</summary>
internal static class Reference
{
    public const double Tolerance = 1e-6;

    /// <summary>|actual − expected| ≤ tolerance·|expected|; an expected 0 must come out within 1e-12 absolute.</summary>
    public static void Close(double expected, double actual, double tolerance = Tolerance, string? what = null)
    {
        Assert.True(double.IsFinite(actual), $"{what}: {actual} is not finite");
        double allowed = expected == 0 ? 1e-12 : tolerance * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
    }

    /// <summary>The fixture the small tests share: a has ties within itself and with b.</summary>
    public static readonly double[] A = [3.1, 2.4, 5.6, 5.6, 1.0, 7.2, 3.1, 4.4];

    public static readonly double[] B = [2.0, 1.5, 3.1, 0.7, 2.4, 2.4, 1.9];
}
