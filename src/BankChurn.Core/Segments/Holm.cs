namespace BankChurn.Core.Segments;

/// <summary>
/// Holm's step-down adjustment for multiple tests (Holm, 1979): it controls the family-wise error rate like Bonferroni
/// but rejects more. Kept inside Segments because segments are the only family tested here so far.
/// </summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in the order given: with p sorted ascending, p̃_(i) = max_{j≤i} min(1, (m − j + 1)·p_(j)).
    /// Equal p-values keep their input order, which does not change the result.
    /// </summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        int m = pValues.Count;
        foreach (double p in pValues)
            if (!(p >= 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), p, "A p-value must be between 0 and 1.");
        int[] order = [.. Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i)];
        var adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
