using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// Decides whether a found conjunction adds something over simpler segments and over better-ranked ones already kept.
/// </summary>
public static class Redundancy
{
    /// <summary>
    /// True when some proper subset T of the conjunction's conditions is as good: the segment S must beat every T
    /// clearly. Retention: rate_S ≥ rate_T·(1 + minGain) (the same as comparing lifts, which share the base rate) AND
    /// the clients T adds (T ∖ S) churn significantly less than S (chi-square 2×2, p &lt; alpha) — otherwise the extra
    /// condition only trims a segment that was already there. Acquisition: value × loyalty per client,
    /// (1 − rate)·avg value, must be ≥ that of T·(1 + minGain); value is not a proportion, so no test there.
    /// A subset that selects exactly the same clients always makes S redundant.
    /// </summary>
    /// <param name="candidate">The conjunction with its clients, churned and (for acquisition) value as the search counted them.</param>
    /// <param name="subsets">Figures of subsets already measured (clients, churned, value), shared across the candidates of one search:
    /// the same pairs and single conditions recur in many candidates.</param>
    public static bool BeatenBySubset(
        Conjunction candidate, RowSet churned, NumericColumn? values, SegmentGoal goal, double minGain, double alpha,
        Dictionary<string, (int Clients, int Churned, double Value)>? subsets = null)
    {
        var conditions = candidate.Conditions;
        int k = conditions.Length;
        if (k < 2) return false;
        // The search already counted the conjunction itself (its value from the quantised bit planes, within a
        // millionth of the largest value per client), so only the subsets are measured here.
        int n = candidate.Clients, c = candidate.Churned;
        double rate = n == 0 ? 0 : (double)c / n;
        double worth = goal == SegmentGoal.Acquisition ? (1 - rate) * candidate.Value / Math.Max(n, 1) : 0;
        for (int mask = 1; mask < (1 << k) - 1; mask++)
        {
            (int nT, int cT, double valueT) = Measure(conditions, mask, churned, goal == SegmentGoal.Acquisition ? values : null, subsets);
            if (nT == n) return true;
            double rateT = (double)cT / nT;
            if (goal == SegmentGoal.Retention)
            {
                if (rate < rateT * (1 + minGain)) return true;
                int nExtra = nT - n, cExtra = cT - c;
                bool higher = rate > (double)cExtra / nExtra;
                if (!higher || SegmentMeasures.Compare(n, c, nExtra, cExtra) >= alpha) return true;
            }
            else
            {
                double worthT = (1 - rateT) * valueT / nT;
                if (worth < worthT * (1 + minGain)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Jaccard overlap of two segments, |A ∩ B| / |A ∪ B|. Chosen over the share of the smaller segment because that
    /// lets one broad segment (half the base) swallow every sharper segment inside it, although the sharper one is
    /// the better campaign target; the campaign assignment already gives each client to one segment only.
    /// </summary>
    public static double Overlap(RowSet a, RowSet b)
    {
        int both = a.CountAnd(b);
        int union = a.Count + b.Count - both;
        return union == 0 ? 0 : (double)both / union;
    }

    /// <summary>The rows meeting every condition whose bit is set in <paramref name="mask"/>.</summary>
    public static RowSet RowsOf(IReadOnlyList<Condition> conditions, int mask, int capacity)
    {
        RowSet rows = RowSet.All(capacity);
        for (int i = 0; i < conditions.Count; i++)
            if ((mask & (1 << i)) != 0)
                rows = rows.And(conditions[i].Rows);
        return rows;
    }

    private static (int, int, double) Measure(
        IReadOnlyList<Condition> conditions, int mask, RowSet churned, NumericColumn? values, Dictionary<string, (int, int, double)>? cache)
    {
        string key = string.Join(" and ", Enumerable.Range(0, conditions.Count).Where(i => (mask & (1 << i)) != 0).Select(i => conditions[i].RuleText).Order(StringComparer.Ordinal));
        if (cache is not null && cache.TryGetValue(key, out (int, int, double) known))
            return known;
        RowSet subset = RowsOf(conditions, mask, churned.Capacity);
        (int, int, double) figures = (subset.Count, subset.CountAnd(churned), Sum(subset, values));
        cache?.Add(key, figures);
        return figures;
    }

    /// <summary>The value of the rows in the set, missing counted as 0; walks the set's words, with no call per row.</summary>
    private static double Sum(RowSet rows, NumericColumn? values)
    {
        if (values is null) return 0;
        ReadOnlySpan<ulong> words = rows.AndNot(values.Missing).Words;
        double[] v = values.Values;
        double sum = 0;
        for (int w = 0; w < words.Length; w++)
        {
            ulong word = words[w];
            int first = w << 6;
            while (word != 0)
            {
                sum += v[first + System.Numerics.BitOperations.TrailingZeroCount(word)];
                word &= word - 1;
            }
        }
        return sum;
    }
}
