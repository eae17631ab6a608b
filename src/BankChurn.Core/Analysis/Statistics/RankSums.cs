namespace BankChurn.Core.Analysis.Statistics;

/// <summary>
/// What the Mann–Whitney test needs of sample a against sample b: the sizes, the sum of a's ranks within the combined
/// sample (ties sharing their average rank), the tie term Σ(t³ − t) over groups of t tied values, and whether every
/// value of the combined sample is the same.
/// </summary>
public readonly record struct RankSums(int N1, int N2, double RankSumA, double TieTerm, bool AllTied);
