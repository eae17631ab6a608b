namespace BankChurn.Core.Model;

/// <summary>
/// Platt scaling: P(churn | score) = 1 / (1 + exp(−(A·score + B))), fitted by maximum likelihood (Newton's method) on
/// scores of rows the scored model did not see. Two parameters keep it stable on the few thousand calibration rows a
/// fold has, where isotonic regression's steps would follow their noise (Platt 1999; Niculescu-Mizil and Caruana 2005).
/// Platt's smoothed targets (N₊+1)/(N₊+2) and 1/(N₋+2) keep A finite when the scores separate the classes.
/// </summary>
public readonly record struct PlattScaling(double A, double B)
{
    public double Apply(double score)
    {
        double z = A * score + B;
        return z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
    }

    public static PlattScaling Fit(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, churned.Length);
        int positives = 0;
        foreach (bool c in churned) if (c) positives++;
        int negatives = churned.Length - positives;
        double high = (positives + 1.0) / (positives + 2.0), low = 1.0 / (negatives + 2.0);
        // Start from a flat model at the smoothed base rate.
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double gA = 0, gB = 0, hAA = 0, hAB = 0, hBB = 0;
            for (int i = 0; i < scores.Length; i++)
            {
                double p = new PlattScaling(a, b).Apply(scores[i]);
                double t = churned[i] ? high : low;
                double d = p - t, w = Math.Max(p * (1 - p), 1e-12), s = scores[i];
                gA += d * s; gB += d;
                hAA += w * s * s; hAB += w * s; hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            if (!(det > 1e-18)) break;
            double stepA = (hBB * gA - hAB * gB) / det, stepB = (hAA * gB - hAB * gA) / det;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) < 1e-10 && Math.Abs(stepB) < 1e-10) break;
        }
        return new PlattScaling(a, b);
    }
}
