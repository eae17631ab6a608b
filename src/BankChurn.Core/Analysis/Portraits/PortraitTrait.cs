using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>
/// One trait of a portrait sentence: levels of a column over-represented in the group (one city, "3+ products"), or, for
/// the churned group, the churn-prone ranges of a numeric column as the drivers slide shows them (a client fits when
/// their value lies in any of them).
/// </summary>
/// <param name="Levels">The levels, in the column's order; empty for a range trait.</param>
/// <param name="Ranges">The ranges, ascending; empty for a level trait.</param>
/// <param name="Strength">How much more of the group has the trait than of the other group: the difference of the two shares.</param>
/// <param name="ToTop">For ordered levels: they run to the column's highest level ("3+").</param>
/// <param name="Smallest">For a range trait: the column's smallest value, so a range from it reads "up to".</param>
/// <param name="Largest">For a range trait: the column's largest value, so a range to it reads "from".</param>
public sealed record PortraitTrait(
    string Column, ImmutableArray<GroupLevel> Levels, ImmutableArray<ChurnRange> Ranges, double Strength, bool ToTop = false,
    double Smallest = 0, double Largest = 0);
