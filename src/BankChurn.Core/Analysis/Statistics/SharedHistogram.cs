using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Counts of two groups over the same bins, so their distributions can be drawn side by side.</summary>
/// <param name="Edges">bins + 1 ascending edges; bin i is [Edges[i], Edges[i+1]), the last bin also includes its right edge.</param>
public sealed record SharedHistogram(ImmutableArray<double> Edges, ImmutableArray<int> CountsA, ImmutableArray<int> CountsB);
