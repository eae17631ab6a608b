using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Settings;

/// <summary>Which columns the churn analysis looks at and how it cuts and tests them (config section <c>analysis:</c>).</summary>
/// <param name="Categorical">Canonical columns analysed by level: churn by feature, chi-square, portraits by share.</param>
/// <param name="Continuous">Canonical numeric columns analysed as distributions: quantile bins, churn-prone ranges, portraits by mean.</param>
/// <param name="QuantileBins">How many quantile bins the churn share by bin uses (tied cut points are merged, so there may be fewer).</param>
/// <param name="HistogramBins">Bins of the churned-vs-retained histograms.</param>
/// <param name="KdeBandwidth">Bandwidth rule of the kernel density estimates.</param>
/// <param name="ProneAlpha">
/// The family-wise level of the churn-prone test: a bin is churn-prone when its one-sided test against the rest of the base
/// is significant after Holm's correction over every bin of every continuous column (<see cref="Analysis.Drivers.ChurnProneBins"/>).
/// </param>
public sealed record AnalysisSettings(
    ImmutableArray<string> Categorical,
    ImmutableArray<string> Continuous,
    int QuantileBins,
    int HistogramBins,
    KdeBandwidthRule KdeBandwidth,
    double ProneAlpha)
{
    /// <summary>The defaults the config loader applies and report.config.yaml spells out.</summary>
    public static AnalysisSettings Default { get; } = new(
        [ClientSchema.City, ClientSchema.Gender, ClientSchema.Products, ClientSchema.Equity, ClientSchema.CreditCard, ClientSchema.LastActivity],
        [ClientSchema.Score, ClientSchema.Age, ClientSchema.Balance, ClientSchema.EstSalary],
        QuantileBins: 10,
        HistogramBins: 30,
        KdeBandwidth: KdeBandwidthRule.Scott,
        ProneAlpha: 0.05);

    /// <summary>
    /// How phi_K bins numeric columns for the correlation matrix and the driver ranking. The default, quantile bins with
    /// "missing" as its own level, keeps balance visible as a driver; <c>Uniform</c> reproduces the phik library exactly
    /// (10 equal-width bins, missing values dropped), where balance's long tail and missing values hide it.
    /// </summary>
    public Analysis.PhiK.PhiKBinning PhiKBinning { get; init; } = Analysis.PhiK.PhiKBinning.QuantileWithMissing;

    /// <summary>
    /// The most levels a category column keeps (<c>analysis.max_levels</c>): the rest, the rarest, are grouped into one
    /// "Прочие" / "Other" level that states how many it holds. Several blocks pair every level with every other, so a
    /// free-text column with thousands of values would otherwise take memory in the square of that.
    /// </summary>
    public int MaxLevels { get; init; } = 30;

    /// <summary>The smallest effect a hypothesis must show to be confirmed rather than negligible.</summary>
    public MinimumEffects MinEffect { get; init; } = MinimumEffects.Default;

    /// <summary>Every analysed column, categorical first, each once.</summary>
    public ImmutableArray<string> Columns => [.. Categorical.Concat(Continuous).Distinct(StringComparer.Ordinal)];
}
