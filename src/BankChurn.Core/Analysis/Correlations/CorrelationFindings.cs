using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Correlations;

/// <summary>SPEC analysis block 4: churn against every column by the fitting method.</summary>
public sealed record CorrelationFindings(ImmutableArray<ChurnCorrelation> WithChurn);
