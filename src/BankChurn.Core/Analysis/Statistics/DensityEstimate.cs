using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Statistics;

/// <summary>A kernel density estimate evaluated on a grid.</summary>
/// <param name="Bandwidth">The kernel's standard deviation h in the sample's units; 0 when degenerate.</param>
/// <param name="Density">The density at each grid point, in 1/(sample unit); all 0 when degenerate.</param>
/// <param name="Binned">True when the sample was linearly binned first (large samples), an approximation within about 1e-3 relative.</param>
public sealed record DensityEstimate(double Bandwidth, ImmutableArray<double> Density, bool Binned, Degeneracy Degeneracy);
