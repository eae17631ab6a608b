namespace BankChurn.Core.Analysis;

/// <summary>The result of Pearson's chi-square test of independence on an r×c table, with Cramér's V.</summary>
public sealed record ContingencyTest(double Statistic, int DegreesOfFreedom, double PValue, double CramersV, long Total);
