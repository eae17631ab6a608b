namespace BankChurn.Core.Analysis.Correlations;

/// <summary>One column's place in the driver ranking: its phi_K with churn and the significance of that association (Z).</summary>
public sealed record DriverRank(int Rank, string Column, double PhiK, double Significance, double PValue);
