using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>SPEC analysis block 5: churned and retained clients side by side, column by column.</summary>
/// <param name="Churned">How many clients churned.</param>
/// <param name="Retained">How many clients stayed.</param>
public sealed record PortraitFindings(int Churned, int Retained, ImmutableArray<LevelPortrait> Levels, ImmutableArray<NumericPortrait> Numeric);
