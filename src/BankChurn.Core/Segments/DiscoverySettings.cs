using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>How segments are discovered. The defaults follow SPEC "Segments".</summary>
/// <param name="MaxConditions">Most conditions in one segment, each on a different column (1–4).</param>
/// <param name="MinSize">Fewest clients in a discovered segment.</param>
/// <param name="BeamWidth">Conjunctions kept at each level of the beam search.</param>
/// <param name="TopK">Most discovered segments reported per goal.</param>
/// <param name="MaxOverlap">Largest Jaccard overlap (shared clients / clients in either) with a better-ranked kept segment.</param>
/// <param name="MinLiftGain">
/// How much a segment's lift (retention) or value × loyalty per client (acquisition) must exceed that of each proper
/// subset of its conditions, relative: 0.05 = at least 5 % above.
/// </param>
/// <param name="Mode">Beam search, or every conjunction (small searches, tests).</param>
/// <param name="Alpha">Significance level for the test against the rest of the base (after Holm) and against simpler versions.</param>
/// <param name="Bins">Quantile bins per continuous column whose boundaries become cut points.</param>
/// <param name="MaxBinSpan">Most consecutive bins one "between" condition may span.</param>
/// <param name="Columns">The columns conditions may use; default (empty) means every canonical column in the table.</param>
/// <param name="HoldoutShare">
/// The share of rows kept out of the search and used only to judge what it found (<see cref="DiscoverySplit"/>).
/// </param>
/// <param name="MaxShare">The largest share of the base a discovered segment may hold: a "segment" of most clients is no target.</param>
public sealed record DiscoverySettings(
    int MaxConditions = 3,
    int MinSize = 500,
    int BeamWidth = 20,
    int TopK = 10,
    double MaxOverlap = 0.5,
    double MinLiftGain = 0.05,
    SearchMode Mode = SearchMode.Beam,
    double Alpha = 0.05,
    int Bins = 10,
    int MaxBinSpan = 3,
    ImmutableArray<string> Columns = default,
    double HoldoutShare = 0.5,
    double MaxShare = 0.4)
{
    /// <summary>
    /// A discovered segment is not reported when this share of its clients or more lies inside a better-ranked segment of
    /// the same goal: it would be the same campaign again.
    /// </summary>
    public const double MaxContainment = 0.8;

    /// <summary>The most conditions a conjunction may hold; keys of searched conjunctions pack four 16-bit indexes.</summary>
    public const int MaxSupportedConditions = 4;

    /// <summary>Throws when a setting is outside its range; the config loader checks the user's values before this.</summary>
    public void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConditions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxConditions, MaxSupportedConditions);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(BeamWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(TopK, 0);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxOverlap);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxOverlap, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(MinLiftGain);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Alpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Alpha, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Bins, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBinSpan, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(HoldoutShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(HoldoutShare, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxShare, 1);
    }
}
