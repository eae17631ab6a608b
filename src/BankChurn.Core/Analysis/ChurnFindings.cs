using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Analysis;

/// <summary>Everything the analysis found, block by block; the report and results.json are built from it.</summary>
public sealed record ChurnFindings(DataQualityFindings Quality, ChurnRate Overall);
