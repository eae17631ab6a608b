namespace BankChurn.Core.Analysis.Statistics;

/// <summary>Ranks of a sample for the rank tests (Mann–Whitney, Spearman).</summary>
public static class Ranks
{
    /// <summary>
    /// 1-based ranks in the original order, tied values sharing the average of the ranks they span
    /// (scipy.stats.rankdata(method='average')): the convention under which the rank tests' tie corrections hold.
    /// </summary>
    public static double[] Average(ReadOnlySpan<double> values) => Average(values, out _);

    /// <summary>
    /// Average ranks as <see cref="Average(ReadOnlySpan{double})"/>, plus the tie term Σ(t³ − t) over the groups of
    /// t tied values, which both the Mann–Whitney variance and a tie-corrected Spearman need (0 when all values differ).
    /// </summary>
    public static double[] Average(ReadOnlySpan<double> values, out double tieTerm)
    {
        Descriptive.RequireFinite(values, nameof(values));
        if (IntegerValues.TryRange(values, out long min, out int range))
            return ByCounting(values, min, range, out tieTerm);
        int n = values.Length;
        double[] keys = values.ToArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
            order[i] = i;
        Array.Sort(keys, order);

        var ranks = new double[n];
        tieTerm = 0;
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
                end++;
            // Positions start..end-1 hold ranks start+1..end; their average is (start + 1 + end) / 2.
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++)
                ranks[order[k]] = rank;
            double t = end - start;
            tieTerm += t * t * t - t;
            start = end;
        }
        return ranks;
    }

    /// <summary>Average ranks of narrow-range whole numbers from their counts: the rank of value v is the number of smaller values plus (t + 1) / 2.</summary>
    private static double[] ByCounting(ReadOnlySpan<double> values, long min, int range, out double tieTerm)
    {
        int[] counts = IntegerValues.Counts(values, min, range);
        var rankOf = new double[counts.Length];
        long below = 0;
        tieTerm = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            double t = counts[k];
            rankOf[k] = below + (t + 1) / 2.0;
            tieTerm += t * t * t - t;
            below += counts[k];
        }
        var ranks = new double[values.Length];
        for (int i = 0; i < ranks.Length; i++)
            ranks[i] = rankOf[(int)((long)values[i] - min)];
        return ranks;
    }
}
