namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Two equally long arrays of paired values: X[i] and Y[i] come from the same client.</summary>
public readonly record struct PairedSample(double[] X, double[] Y)
{
    public int Count => X.Length;
}
