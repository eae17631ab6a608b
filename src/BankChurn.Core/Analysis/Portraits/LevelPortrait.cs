using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>A categorical column in the two portraits: the share of each level in each group and each group's most common level.</summary>
/// <param name="ChurnedMode">The level most churned clients have (ties: the first in level order); null when nobody churned.</param>
/// <param name="RetainedMode">The level most retained clients have; null when nobody stayed.</param>
public sealed record LevelPortrait(string Column, ImmutableArray<PortraitLevel> Levels, PortraitLevel? ChurnedMode, PortraitLevel? RetainedMode);
