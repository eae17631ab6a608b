using System.Numerics;
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

    /// <summary>The share of <paramref name="inner"/>'s clients that are also in <paramref name="outer"/>, |A ∩ B| / |A|; 0 for an empty A.</summary>
    public static double Containment(RowSet inner, RowSet outer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        int count = inner.Count;
        return count == 0 ? 0 : (double)inner.CountAnd(outer) / count;
    }

    /// <summary>The rows meeting every condition whose bit is set in <paramref name="mask"/>.</summary>
    public static RowSet RowsOf(IReadOnlyList<Condition> conditions, int mask, int capacity)
    {
        // One word array ANDed in place, not a new set per condition: at a million rows each set is 125 KB.
        ulong[] words = RowSet.All(capacity).SharedWords;
        for (int i = 0; i < conditions.Count; i++)
        {
            if ((mask & (1 << i)) == 0) continue;
            ArgumentOutOfRangeException.ThrowIfNotEqual(conditions[i].Rows.Capacity, capacity);
            ReadOnlySpan<ulong> other = conditions[i].Rows.Words;
            for (int w = 0; w < words.Length; w++)
                words[w] &= other[w];
        }
        return RowSet.FromWords(capacity, words);
    }

    private static (int, int, double) Measure(
        IReadOnlyList<Condition> conditions, int mask, RowSet churned, NumericColumn? values, Dictionary<string, (int, int, double)>? cache)
    {
        string key = string.Join(" and ", Enumerable.Range(0, conditions.Count).Where(i => (mask & (1 << i)) != 0).Select(i => conditions[i].RuleText).Order(StringComparer.Ordinal));
        if (cache is not null && cache.TryGetValue(key, out (int, int, double) known))
            return known;
        (int, int, double) figures = Count(conditions, mask, churned, values);
        cache?.Add(key, figures);
        return figures;
    }

    /// <summary>
    /// The clients, churned clients and value (missing counted as 0) of the rows meeting every condition in
    /// <paramref name="mask"/>, word by word without building the set: the screening measures a few hundred subsets of
    /// a million rows each. The value is summed in row order.
    /// </summary>
    private static (int, int, double) Count(IReadOnlyList<Condition> conditions, int mask, RowSet churned, NumericColumn? values)
    {
        foreach (Condition condition in conditions)
            ArgumentOutOfRangeException.ThrowIfNotEqual(condition.Rows.Capacity, churned.Capacity);
        ulong[][] selected = [.. Enumerable.Range(0, conditions.Count).Where(i => (mask & (1 << i)) != 0).Select(i => conditions[i].Rows.SharedWords)];
        ReadOnlySpan<ulong> churn = churned.Words;
        ReadOnlySpan<ulong> missing = values is null ? default : values.Missing.Words;
        int clients = 0, leavers = 0;
        double sum = 0;
        for (int w = 0; w < churn.Length; w++)
        {
            ulong x = selected[0][w];
            for (int k = 1; k < selected.Length; k++)
                x &= selected[k][w];
            clients += BitOperations.PopCount(x);
            leavers += BitOperations.PopCount(x & churn[w]);
            if (values is null) continue;
            int first = w << 6;
            for (ulong word = x & ~missing[w]; word != 0; word &= word - 1)
                sum += values.Values[first + BitOperations.TrailingZeroCount(word)];
        }
        return (clients, leavers, sum);
    }
}
