using System.Collections.Immutable;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Hypotheses;

/// <summary>Runs the config's hypotheses and adjusts their p-values together (Holm).</summary>
public static class HypothesisTesting
{
    /// <summary>Below this many clients in a group the normal approximation behind Welch's t is not trusted.</summary>
    public const int MinGroupForWelch = 30;

    /// <summary>Above this absolute sample skewness a mean is dominated by its tail, so ranks are compared instead.</summary>
    public const double MaxSkewnessForWelch = 1.0;

    /// <summary>
    /// Tests every hypothesis, then adjusts the p-values over the whole list with Holm's step-down method (Holm, 1979):
    /// it controls the family-wise error rate without assuming independence between the tests, which share clients.
    /// </summary>
    public static ImmutableArray<HypothesisResult> Run(ClientTable table, ImmutableArray<HypothesisSettings> hypotheses, MinimumEffects? minEffect = null) =>
        Run(new ColumnIndex(table), hypotheses, minEffect);

    /// <summary>
    /// <see cref="Run(ClientTable, ImmutableArray{HypothesisSettings})"/> on the index's table: a metric that is a plain
    /// column takes its medians and ranks from the column's one sorted order.
    /// </summary>
    /// <param name="minEffect">The smallest effects that count (<see cref="MinimumEffects.Default"/> when null).</param>
    public static ImmutableArray<HypothesisResult> Run(ColumnIndex index, ImmutableArray<HypothesisSettings> hypotheses, MinimumEffects? minEffect = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        minEffect ??= MinimumEffects.Default;
        var raw = hypotheses.Select(h => Test(index, h)).ToList();
        double[] adjusted = MultipleTesting.Holm([.. raw.Select(r => r.PValue)]);
        return [.. raw.Select((r, i) =>
        {
            bool reject = r.Degeneracy == Degeneracy.None && adjusted[i] < r.Hypothesis.Alpha;
            double minimum = r.StandardizedKind switch
            {
                "cohens_d" => minEffect.CohensD,
                "rank_biserial" => minEffect.RankBiserial,
                _ => minEffect.CohensH,
            };
            return r with
            {
                PAdjusted = adjusted[i],
                Reject = reject,
                MinEffect = minimum,
                Verdict = Judge(reject, r.StandardizedEffect, minimum, r.Hypothesis.Direction),
            };
        })];
    }

    /// <summary>
    /// The verdict from the two-sided Holm-adjusted test, the effect's sign and its size. Significance is two-sided, so
    /// an effect the other way round is detected at the same level rather than hidden (a one-sided test would call it
    /// merely "not shown"); the direction then tells confirmed from opposite, which amounts to two one-sided tests at
    /// alpha/2 each. The size comes before the direction: a negligible effect neither confirms nor refutes a claim.
    /// </summary>
    public static Verdict Judge(bool significant, double standardizedEffect, double minimum, HypothesisDirection direction)
    {
        if (!significant)
            return Verdict.NotShown;
        if (Math.Abs(standardizedEffect) < minimum)
            return Verdict.Negligible;
        bool against = direction switch
        {
            HypothesisDirection.AGreater => standardizedEffect < 0,
            HypothesisDirection.ALess => standardizedEffect > 0,
            _ => false,
        };
        return against ? Verdict.Opposite : Verdict.Confirmed;
    }

    /// <summary>Cohen's h for two shares, 2·asin√a − 2·asin√b (statsmodels' proportion_effectsize): differences near 0 % or 100 % weigh more than in the middle.</summary>
    public static double CohensH(double shareA, double shareB) =>
        2 * Math.Asin(Math.Sqrt(Math.Clamp(shareA, 0, 1))) - 2 * Math.Asin(Math.Sqrt(Math.Clamp(shareB, 0, 1)));

    private static HypothesisResult Test(ColumnIndex index, HypothesisSettings hypothesis)
    {
        ClientTable table = index.Table;
        NumericColumn metric = hypothesis.Metric.Evaluate(table);
        RowSet groupA = hypothesis.GroupA.Rule.Evaluate(table), groupB = hypothesis.GroupB.Rule.Evaluate(table);
        double[] a = Samples.Values(metric, groupA);
        double[] b = Samples.Values(metric, groupB);
        // The metric's values are then the column's own, so its sorted order serves (the churn flag is no numeric column).
        SortedColumn? sorted = hypothesis.Metric.Column is { } column && table.NumericColumns.ContainsKey(column) ? index.Sorted(column) : null;
        bool isShare = IsZeroOne(a) && IsZeroOne(b);
        (HypothesisTest test, string reason) = Choose(hypothesis.Test, isShare, a, b);
        double medianA = a.Length == 0 ? 0 : sorted is null ? Descriptive.Median(a) : Quantiles.Linear(sorted.Within(groupA), 0.5);
        double medianB = b.Length == 0 ? 0 : sorted is null ? Descriptive.Median(b) : Quantiles.Linear(sorted.Within(groupB), 0.5);
        double meanA = a.Length == 0 ? 0 : Descriptive.Mean(a);
        double meanB = b.Length == 0 ? 0 : Descriptive.Mean(b);
        HypothesisResult Result(double statistic, double p, string kind, double effect, Interval ci, Degeneracy degeneracy) =>
            new(hypothesis, test, reason, isShare, a.Length, b.Length, meanA, meanB, medianA, medianB, statistic, p, p, kind, effect, ci, degeneracy, false)
            {
                StandardizedKind = kind == "difference_of_shares" ? "cohens_h" : kind,
                StandardizedEffect = kind == "difference_of_shares" ? CohensH(meanA, meanB) : effect,
            };

        switch (test)
        {
            case HypothesisTest.WelchT:
                WelchTest welch = WelchT.Test(a, b);
                return Result(welch.Statistic, welch.PValue, "cohens_d", welch.CohensD, welch.CohensDConfidence, welch.Degeneracy);
            case HypothesisTest.MannWhitney:
                MannWhitneyTest mw = sorted is null ? MannWhitney.Test(a, b) : MannWhitney.FromRanks(sorted.RankSums(groupA, groupB));
                return Result(mw.U, mw.PValue, "rank_biserial", mw.RankBiserial, mw.RankBiserialConfidence, mw.Degeneracy);
            default:
                if (!isShare)
                {
                    throw new InputException(ProblemKind.Usage, new SourceLocation("report.config.yaml", Field: $"hypothesis '{hypothesis.Id}'"),
                        $"the test {test} compares shares, but the metric '{hypothesis.Metric.Text}' takes values other than 0 and 1.",
                        "Use test: auto, welch_t or mann_whitney for a numeric metric, or a 0/1 metric such as churn.");
                }
                int xa = (int)a.Sum(), xb = (int)b.Sum();
                TwoProportionTest z = TwoProportions.ZTest(xa, a.Length, xb, b.Length);
                double statistic = test == HypothesisTest.ChiSquare ? z.Z * z.Z : z.Z;
                return Result(statistic, z.PValue, "difference_of_shares", z.Difference, z.DifferenceConfidence, z.Degeneracy);
        }
    }

    /// <summary>
    /// The <c>auto</c> rule: a 0/1 metric is a share and gets the two-proportion z test (for two groups the same p-value as
    /// the chi-square test without correction). A numeric metric gets Welch's t when both groups have at least
    /// <see cref="MinGroupForWelch"/> clients and neither is strongly skewed (|skewness| ≤ <see cref="MaxSkewnessForWelch"/>);
    /// otherwise the Mann–Whitney U test, which compares whole distributions through ranks and is not swayed by a long tail.
    /// An explicit test is honoured, except that a share test on a non-0/1 metric is a config mistake caught earlier.
    /// </summary>
    internal static (HypothesisTest, string) Choose(HypothesisTest requested, bool isShare, double[] a, double[] b)
    {
        if (requested != HypothesisTest.Auto)
            return (requested, "requested in the config");
        if (isShare)
            return (HypothesisTest.TwoProportionZ, "0/1 metric: comparison of shares");
        if (a.Length < MinGroupForWelch || b.Length < MinGroupForWelch)
            return (HypothesisTest.MannWhitney, $"a group has fewer than {MinGroupForWelch} clients");
        double skew = Math.Max(Math.Abs(Skewness(a)), Math.Abs(Skewness(b)));
        return skew > MaxSkewnessForWelch
            ? (HypothesisTest.MannWhitney, "skewed distribution: ranks instead of means")
            : (HypothesisTest.WelchT, "near-symmetric distributions in large groups: means compared");
    }

    /// <summary>The sample skewness g1 = m3 / m2^1.5 (biased moments, as scipy.stats.skew); 0 for a constant sample.</summary>
    internal static double Skewness(ReadOnlySpan<double> values)
    {
        if (values.Length < 3) return 0;
        double mean = Descriptive.Mean(values);
        double m2 = 0, m3 = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= values.Length;
        m3 /= values.Length;
        return m2 <= 0 ? 0 : m3 / Math.Pow(m2, 1.5);
    }

    private static bool IsZeroOne(double[] values) => Array.TrueForAll(values, v => v is 0 or 1);
}
