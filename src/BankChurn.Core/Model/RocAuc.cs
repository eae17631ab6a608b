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
        (double[] all, double[] within) = MidRanks(scores, churned);
        double sumPositiveRanks = 0;
        for (int i = 0; i < n; i++) if (churned[i]) sumPositiveRanks += all[i];
        double auc = (sumPositiveRanks - (double)m * (m + 1) / 2) / ((double)m * k);
        // Structural components: V10 per churner (share of stayers below it), V01 per stayer (share of churners above it).
        double s10 = 0, s01 = 0;
        for (int i = 0; i < n; i++)
        {
            if (churned[i])
            {
                double v = (all[i] - within[i]) / k - auc;
                s10 += v * v;
            }
            else
            {
                double v = 1 - (all[i] - within[i]) / m - auc;
                s01 += v * v;
            }
        }
        double variance = s10 / ((double)(m - 1 == 0 ? 1 : m - 1) * m) + s01 / ((double)(k - 1 == 0 ? 1 : k - 1) * k);
        double half = 1.959963984540054 * Math.Sqrt(Math.Max(variance, 0));
        return (auc, new Interval(Math.Max(0, auc - half), Math.Min(1, auc + half)));
    }

    public static double Of(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned) => WithInterval(scores, churned).Auc;

    // Mid-ranks (1-based) of every score among all rows, and among the rows of its own group (churners or stayers), from one sort.
    private static (double[] All, double[] Within) MidRanks(ReadOnlySpan<double> scores, ReadOnlySpan<bool> churned)
    {
        int n = scores.Length;
        double[] keys = scores.ToArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
        var all = new double[n];
        var within = new double[n];
        int positivesBefore = 0, negativesBefore = 0;
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            int positives = 0;
            for (int j = start; j < end; j++) if (churned[order[j]]) positives++;
            int negatives = end - start - positives;
            double rank = (start + end + 1) / 2.0;
            double positiveRank = positivesBefore + (positives + 1) / 2.0, negativeRank = negativesBefore + (negatives + 1) / 2.0;
            for (int j = start; j < end; j++)
            {
                all[order[j]] = rank;
                within[order[j]] = churned[order[j]] ? positiveRank : negativeRank;
            }
            positivesBefore += positives;
            negativesBefore += negatives;
            start = end;
        }
        return (all, within);
    }
}
