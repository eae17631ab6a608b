using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>SPEC analysis block 5: churned and retained clients side by side, column by column.</summary>
/// <param name="Churned">How many clients churned.</param>
/// <param name="Retained">How many clients stayed.</param>
public sealed record PortraitFindings(int Churned, int Retained, ImmutableArray<LevelPortrait> Levels, ImmutableArray<NumericPortrait> Numeric)
{
    /// <summary>The traits of the churned clients' one-sentence portrait, and how many fit it (<see cref="PortraitTraits"/>).</summary>
    public Portrait ChurnedPortrait { get; init; } = Portrait.Empty;

    /// <summary>The traits of the retained clients' one-sentence portrait, and how many fit it.</summary>
    public Portrait RetainedPortrait { get; init; } = Portrait.Empty;
}
