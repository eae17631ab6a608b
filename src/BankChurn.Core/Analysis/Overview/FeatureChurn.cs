using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Overview;

/// <summary>Churn by every level of one categorical column, with the chi-square test of independence of level and churn.</summary>
/// <param name="Levels">Numbers ascending, categories by clients descending; the missing level, if any client lacks a value, last.</param>
/// <param name="Test">Pearson's chi-square over the levels × {churned, retained} table, without continuity correction, with Cramér's V.</param>
public sealed record FeatureChurn(string Column, ImmutableArray<FeatureLevel> Levels, ContingencyTest Test);
