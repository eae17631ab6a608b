using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Quality;

/// <summary>
/// Whether missingness of one column depends on another column: a chi-square test of "missing or not" against that
/// column's levels, and the few levels (at most two) that hold most of the missing rows.
/// </summary>
public sealed record MissingAssociation(string Column, ContingencyTest Test, ImmutableArray<LevelShare> Concentration)
{
    /// <summary>The share of the missing rows that the <see cref="Concentration"/> levels hold together.</summary>
    public double ConcentrationShare => Concentration.Sum(l => l.ShareOfMissing);
}
