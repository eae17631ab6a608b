namespace BankChurn.Core.Analysis.Statistics;

/// <summary>How a kernel density estimate chooses its bandwidth from the sample size and standard deviation.</summary>
public enum BandwidthRule
{
    /// <summary>Scott (1992): h = s · n^(−1/5), scipy.stats.gaussian_kde's default.</summary>
    Scott,

    /// <summary>Silverman (1986) as SciPy defines it: h = s · (3n/4)^(−1/5), slightly narrower than Scott's.</summary>
    Silverman,
}
