using System.Numerics;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>Computes <see cref="SegmentFigures"/> for a set of rows exactly, and the test of a segment against the rest.</summary>
public static class SegmentMeasures
{
    /// <summary>
    /// The figures of <paramref name="rows"/>. P-adjusted starts equal to the raw p-value and priority at 0;
    /// <see cref="Segmentation"/> fills them in once all segments are known.
    /// </summary>
    /// <param name="values">Per-client value; a missing value counts as 0.</param>
    /// <param name="risk">Each client's churn probability, for the value at risk.</param>
    public static SegmentFigures Of(RowSet rows, RowSet churned, NumericColumn values, ChurnRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, churned.Capacity);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, churned.Capacity);
        int total = churned.Capacity, totalChurned = churned.Count;
        int clients = rows.Count, leavers = rows.CountAnd(churned);

        // Row order, a word at a time (no call per row): the sums are the same as a row-by-row walk.
        double valueAll = 0, valueChurned = 0;
        ReadOnlySpan<ulong> words = rows.Words, churn = churned.Words, missing = values.Missing.Words;
        for (int w = 0; w < words.Length; w++)
        {
            int first = w << 6;
            for (ulong word = words[w]; word != 0; word &= word - 1)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                double value = values.Values[first + bit];
                double v = (missing[w] >> bit & 1) != 0 || !double.IsFinite(value) ? 0 : value;
                valueAll += v;
                if ((churn[w] >> bit & 1) != 0) valueChurned += v;
            }
        }

        return FromCounts(clients, leavers, total, totalChurned, valueAll, valueChurned, risk.AtRisk(rows, churned, values));
    }

    /// <summary>
    /// The figures of a segment known by its counts and sums alone (a pushed-down run counts them in the database):
    /// <paramref name="clients"/> and <paramref name="leavers"/> of a base of <paramref name="total"/> and
    /// <paramref name="totalChurned"/>, Σ value over the segment and over its churned, and its value at risk.
    /// </summary>
    public static SegmentFigures FromCounts(int clients, int leavers, int total, int totalChurned, double valueAll, double valueChurned, double valueAtRisk)
    {
        double baseRate = total == 0 ? 0 : (double)totalChurned / total;
        double rate = clients == 0 ? 0 : (double)leavers / clients;
        return new SegmentFigures(
            clients,
            total == 0 ? 0 : (double)clients / total,
            leavers,
            rate,
            Proportions.WilsonInterval(leavers, clients),
            baseRate == 0 ? 1 : rate / baseRate,
            clients - leavers,
            totalChurned == 0 ? 0 : (double)leavers / totalChurned,
            clients == 0 ? 0 : valueAll / clients,
            valueChurned,
            valueAtRisk,
            leavers - clients * baseRate,
            AgainstRest(clients, leavers, total, totalChurned),
            AgainstRest(clients, leavers, total, totalChurned),
            0);
    }

    /// <summary>
    /// P-value of Pearson's chi-square on the 2×2 table segment/rest × churned/stayed, without Yates' correction (the same
    /// as a two-sided two-proportion z-test, z² = χ²). An empty segment or rest gives 1.
    /// </summary>
    public static double AgainstRest(long clients, long churned, long total, long totalChurned) =>
        Compare(clients, churned, total - clients, totalChurned - churned);

    /// <summary>P-value of the chi-square test of group A (clients, churned) against group B.</summary>
    public static double Compare(long clientsA, long churnedA, long clientsB, long churnedB)
    {
        var table = new long[,] { { churnedA, clientsA - churnedA }, { churnedB, clientsB - churnedB } };
        return ChiSquare.Independence(table).PValue;
    }
}
