using System.Collections.Immutable;
using BankChurn.Core.Analysis.PhiK;

namespace BankChurn.Core.Analysis.Correlations;

/// <summary>SPEC analysis block 4: churn against every column by the fitting method, the phi_K matrix, and the drivers ranked by phi_K with churn.</summary>
/// <param name="PhiK">phi_K over the analysed columns and churn (last), with significances.</param>
/// <param name="Ranking">Columns by phi_K with churn, strongest first (ties by name).</param>
public sealed record CorrelationFindings(ImmutableArray<ChurnCorrelation> WithChurn, PhiKMatrix PhiK, ImmutableArray<DriverRank> Ranking);
