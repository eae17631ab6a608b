namespace BankChurn.Core.Analysis;

/// <summary>Confidence intervals for shares.</summary>
public static class Proportions
{
    /// <summary>The two-sided 97.5 % normal quantile, for 95 % intervals.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>.
    /// Chosen over the Wald interval because it keeps its coverage for small groups and for shares near 0 or 1,
    /// and never leaves [0, 1] (Brown, Cai and DasGupta, 2001). An empty group gives the uninformative [0, 1].
    /// </summary>
    public static Interval WilsonInterval(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
            return new Interval(0, 1);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.Max(0, centre - half);
        double high = successes == trials ? 1 : Math.Min(1, centre + half);
        return new Interval(low, high);
    }
}
