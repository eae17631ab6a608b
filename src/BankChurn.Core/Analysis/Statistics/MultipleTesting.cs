namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Corrections of p-values for testing several hypotheses at once.</summary>
public static class MultipleTesting
{
    /// <summary>
    /// Holm's step-down adjusted p-values (Holm, 1979), in the input order, as statsmodels'
    /// multipletests(p, method='holm'): sort ascending, multiply the i-th smallest (0-based) by m − i, carry the
    /// running maximum so the adjusted values keep the order of the raw ones, cap at 1. Chosen over Bonferroni because
    /// it controls the same family-wise error rate and is never less powerful; the report's hypotheses are few and
    /// may be dependent, which Holm allows and Benjamini–Hochberg's FDR control would not target.
    /// Equal p-values keep their input order, so the result is deterministic.
    /// </summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        int m = pValues.Count;
        var order = new int[m];
        for (int i = 0; i < m; i++)
        {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1))
                throw new ArgumentException($"p-value {i} is {p}, outside [0, 1].", nameof(pValues));
            order[i] = i;
        }
        // A stable sort by p: ties stay in input order.
        Array.Sort(order, (x, y) => pValues[x] != pValues[y] ? pValues[x].CompareTo(pValues[y]) : x.CompareTo(y));

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
