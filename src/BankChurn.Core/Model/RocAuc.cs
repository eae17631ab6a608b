using BankChurn.Core.Analysis;

namespace BankChurn.Core.Model;

/// <summary>The area under the ROC curve and its 95 % interval.</summary>
public static class RocAuc
{
    /// <summary>
    /// The probability that a random churner scores above a random stayer (ties count half), with DeLong's variance
    /// (DeLong, DeLong and Clarke-Pearson 1988) computed from mid-ranks (Sun and Xu 2014), and the normal 95 % interval
    /// AUC ± 1.96·SE clipped to [0, 1]. With no churner or no stayer the AUC is undefined: 0.5 with a [0, 1] interval.
    /// </summary>
    public static (double Auc, Interval Confidence) WithInterval(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, churned.Length);
        int n = scores.Length;
        int m = 0;
        foreach (bool c in churned) if (c) m++;
        int k = n - m;
        if (m == 0 || k == 0)
            return (0.5, new Interval(0, 1));
        double[] all = MidRanks(scores, churned, null);
        double[] pos = MidRanks(scores, churned, true);
        double[] neg = MidRanks(scores, churned, false);
        double sumPositiveRanks = 0;
        for (int i = 0; i < n; i++) if (churned[i]) sumPositiveRanks += all[i];
        double auc = (sumPositiveRanks - m * (m + 1) / 2.0) / ((double)m * k);
        // Structural components: V10 per churner (share of stayers below it), V01 per stayer (share of churners above it).
        double s10 = 0, s01 = 0;
        for (int i = 0; i < n; i++)
        {
            if (churned[i])
            {
                double v = (all[i] - pos[i]) / k - auc;
                s10 += v * v;
            }
            else
            {
                double v = 1 - (all[i] - neg[i]) / m - auc;
                s01 += v * v;
            }
        }
        double variance = s10 / ((double)(m - 1 == 0 ? 1 : m - 1) * m) + s01 / ((double)(k - 1 == 0 ? 1 : k - 1) * k);
        double half = 1.959963984540054 * Math.Sqrt(Math.Max(variance, 0));
        return (auc, new Interval(Math.Max(0, auc - half), Math.Min(1, auc + half)));
    }

    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned) => WithInterval(scores, churned).Auc;

    // Mid-ranks (1-based) of the scores of the rows whose flag is <paramref name="group"/> (null: every row), among those rows; others get 0.
    private static double[] MidRanks(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned, bool? group)
    {
        var rows = new List<int>(scores.Length);
        for (int i = 0; i < scores.Length; i++) if (group is not { } g || churned[i] == g) rows.Add(i);
        double[] keys = new double[rows.Count];
        int[] order = new int[rows.Count];
        for (int i = 0; i < rows.Count; i++) { keys[i] = scores[rows[i]]; order[i] = rows[i]; }
        Array.Sort(keys, order);
        var ranks = new double[scores.Length];
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            double rank = (start + end + 1) / 2.0;
            for (int j = start; j < end; j++) ranks[order[j]] = rank;
            start = end;
        }
        return ranks;
    }
}
