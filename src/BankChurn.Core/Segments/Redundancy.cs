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
    public static bool BeatenBySubset(Conjunction candidate, RowSet churned, NumericColumn? values, SegmentGoal goal, double minGain, double alpha)
    {
        var conditions = candidate.Conditions;
        int k = conditions.Length;
        if (k < 2) return false;
        RowSet segment = RowsOf(conditions, (1 << k) - 1, churned.Capacity);
        int n = segment.Count, c = segment.CountAnd(churned);
        double rate = n == 0 ? 0 : (double)c / n;
        double worth = goal == SegmentGoal.Acquisition ? (1 - rate) * Sum(segment, values) / Math.Max(n, 1) : 0;
        for (int mask = 1; mask < (1 << k) - 1; mask++)
        {
            RowSet subset = RowsOf(conditions, mask, churned.Capacity);
            int nT = subset.Count, cT = subset.CountAnd(churned);
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
                double worthT = (1 - rateT) * Sum(subset, values) / nT;
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

    private static double Sum(RowSet rows, NumericColumn? values)
    {
        if (values is null) return 0;
        double sum = 0;
        rows.ForEach(row =>
        {
            if (!values.IsMissing(row) && double.IsFinite(values.Values[row])) sum += values.Values[row];
        });
        return sum;
    }
}
