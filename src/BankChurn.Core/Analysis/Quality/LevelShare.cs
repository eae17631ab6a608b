namespace BankChurn.Core.Analysis.Quality;

/// <summary>The share of the rows with a missing value that fall into one level of another column.</summary>
public sealed record LevelShare(GroupLevel Level, int Rows, double ShareOfMissing, double ShareOfPresent);
