namespace BankChurn.Core.Analysis.PhiK;

/// <summary>How numeric (interval) columns become levels before φK is computed.</summary>
public enum PhiKBinning
{
    /// <summary>
    /// As the phik library does by default: 10 equal-width bins between the minimum and the maximum, missing values
    /// dropped pair by pair. Reproduces the library's figures.
    /// </summary>
    Uniform,

    /// <summary>
    /// 10 quantile bins (tied cut points merged) plus a "missing" level in every column that has missing values.
    /// For the report's driver ranking: uniform bins over a long tail put nearly everyone in one bin, and dropping
    /// missing values hides a driver whose missingness itself predicts churn (balance in the real table).
    /// </summary>
    QuantileWithMissing,
}
