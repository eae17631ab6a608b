namespace BankChurn.Core.Settings;

/// <summary>How the kernel density estimate of a continuous column chooses its bandwidth.</summary>
public enum KdeBandwidthRule
{
    /// <summary>Scott's rule, h = σ · n^(−1/5) (scipy.stats.gaussian_kde's default).</summary>
    Scott,

    /// <summary>Silverman's rule, h = σ · (3n/4)^(−1/5).</summary>
    Silverman,
}
