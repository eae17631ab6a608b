namespace BankChurn.Core.Analysis.Quality;

/// <summary>How many rows one exclusion rule removed (a row matched by an earlier rule is counted there only).</summary>
public sealed record ExclusionCount(string Rule, string Reason, int Rows);
