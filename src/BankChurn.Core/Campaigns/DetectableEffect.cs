using MathNet.Numerics.Distributions;

namespace BankChurn.Core.Campaigns;

/// <summary>The smallest effect a treated-vs-control comparison of two churn shares can detect.</summary>
public static class DetectableEffect
{
    /// <summary>
    /// Cohen's h detected with <paramref name="power"/> by a two-sided two-proportion z test at <paramref name="alpha"/>:
    /// the h solving Φ(h/σ − z₁₋α/₂) + Φ(−h/σ − z₁₋α/₂) = power with σ = √(1/n₁ + 1/n₂), the equation statsmodels'
    /// NormalIndPower solves. Newton's method from the one-tail closed form (z₁₋α/₂ + z_power)·σ converges in a few
    /// steps. Null when either group is empty.
    /// </summary>
    public static double? CohensH(int treated, int control, double alpha = 0.05, double power = 0.8)
    {
        if (treated <= 0 || control <= 0)
            return null;
        double sigma = Math.Sqrt(1.0 / treated + 1.0 / control);
        double critical = Normal.InvCDF(0, 1, 1 - alpha / 2);
        double k = critical + Normal.InvCDF(0, 1, power);
        // In units of σ: solve Φ(k − c) + Φ(−k − c) = power for k.
        for (int step = 0; step < 50; step++)
        {
            double f = Normal.CDF(0, 1, k - critical) + Normal.CDF(0, 1, -k - critical) - power;
            double slope = Normal.PDF(0, 1, k - critical) - Normal.PDF(0, 1, -k - critical);
            double next = k - f / slope;
            if (Math.Abs(next - k) < 1e-14) { k = next; break; }
            k = next;
        }
        return k * sigma;
    }

    /// <summary>The drop from churn share <paramref name="baseline"/> that equals Cohen's h: baseline − sin²(asin √baseline − h/2), at most the baseline.</summary>
    public static double Drop(double baseline, double h)
    {
        double angle = Math.Asin(Math.Sqrt(Math.Clamp(baseline, 0, 1))) - h / 2;
        double lowered = angle <= 0 ? 0 : Math.Pow(Math.Sin(angle), 2);
        return baseline - lowered;
    }
}
