using MathNet.Numerics.Distributions;

namespace BankChurn.Core.Campaigns;

/// <summary>The smallest effect a treated-vs-control comparison of two churn shares can detect.</summary>
public static class DetectableEffect
{
    /// <summary>
    /// Cohen's h detected with <paramref name="power"/> by a two-sided two-proportion z test at <paramref name="alpha"/>:
    /// h = (z₁₋α/₂ + z_power) · √(1/n₁ + 1/n₂), the normal approximation statsmodels' NormalIndPower solves
    /// (its negligible far-tail term aside). Null when either group is empty.
    /// </summary>
    public static double? CohensH(int treated, int control, double alpha = 0.05, double power = 0.8)
    {
        if (treated <= 0 || control <= 0)
            return null;
        double z = Normal.InvCDF(0, 1, 1 - alpha / 2) + Normal.InvCDF(0, 1, power);
        return z * Math.Sqrt(1.0 / treated + 1.0 / control);
    }

    /// <summary>The drop from churn share <paramref name="baseline"/> that equals Cohen's h: baseline − sin²(asin √baseline − h/2), at most the baseline.</summary>
    public static double Drop(double baseline, double h)
    {
        double angle = Math.Asin(Math.Sqrt(Math.Clamp(baseline, 0, 1))) - h / 2;
        double lowered = angle <= 0 ? 0 : Math.Pow(Math.Sin(angle), 2);
        return baseline - lowered;
    }
}
