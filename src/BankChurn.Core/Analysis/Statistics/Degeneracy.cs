namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// Why a test could not be carried out on its data. Every statistic in this namespace returns a finite result instead
/// of NaN; when it is not <see cref="None"/> the statistic is 0 and the p-value 1, so nothing reads as significant,
/// and the report must say "not testable" rather than quote the numbers.
/// </summary>
public enum Degeneracy
{
    /// <summary>The test ran normally.</summary>
    None,

    /// <summary>At least one group has no observations.</summary>
    EmptyGroup,

    /// <summary>Too few observations for the test's variance estimate (fewer than 2 per group, or fewer than 3 pairs for a correlation).</summary>
    TooFewObservations,

    /// <summary>The data have no spread (all values tied, or constant groups), so the test statistic is undefined.</summary>
    NoVariance,
}
