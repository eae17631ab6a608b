using BankChurn.Core.Analysis;
using BankChurn.Core.Model;

namespace BankChurn.Core.Tests.Model;

public class RocAucTests
{
    private static readonly double[] Scores = [0.1, 0.4, 0.35, 0.8, 0.7, 0.2, 0.9, 0.35, 0.5, 0.6, 0.3, 0.65];
    private static readonly bool[] Churned = [false, false, true, true, false, false, true, false, true, true, false, true];

    // Expected: sklearn.metrics.roc_auc_score(y, s) = 0.8472222222222223; the DeLong interval from the pairwise definition
    // (V10_i = mean_j psi(x_i, y_j), var = var(V10, ddof=1)/m + var(V01, ddof=1)/n, auc -+ norm.ppf(0.975)*sqrt(var)) in
    // numpy: low 0.6055767270326209, high 1.0 (clipped). Script: see the commit adding this test.
    [Fact]
    public void WithInterval_MatchesSklearnAndPairwiseDeLong()
    {
        (double auc, Interval confidence) = RocAuc.WithInterval(Scores, Churned);
        Assert.Equal(0.8472222222222223, auc, 1e-12);
        Assert.Equal(0.6055767270326209, confidence.Low, 1e-9);
        Assert.Equal(1.0, confidence.High, 1e-12);
    }

    [Fact]
    public void Of_PerfectAndReversedAndTied()
    {
        bool[] churned = [false, false, true, true];
        Assert.Equal(1.0, RocAuc.Of([0.1, 0.2, 0.8, 0.9], churned), 1e-12);
        Assert.Equal(0.0, RocAuc.Of([0.9, 0.8, 0.2, 0.1], churned), 1e-12);
        Assert.Equal(0.5, RocAuc.Of([0.5, 0.5, 0.5, 0.5], churned), 1e-12);
    }

    [Fact]
    public void WithInterval_NoChurner_IsHalfWithFullInterval()
    {
        (double auc, Interval confidence) = RocAuc.WithInterval([0.1, 0.2], [false, false]);
        Assert.Equal(0.5, auc);
        Assert.Equal(new Interval(0, 1), confidence);
    }

    /// <summary>More than 46,341 churners: m·(m+1) no longer fits an int, which once turned a million-client AUC into nonsense.</summary>
    [Fact]
    public void Of_ALargeMonth_DoesNotOverflow()
    {
        const int half = 100_000;
        double[] scores = [.. Enumerable.Range(0, 2 * half).Select(r => (double)r)];
        bool[] churned = [.. Enumerable.Range(0, 2 * half).Select(r => r >= half)];
        Assert.Equal(1.0, RocAuc.Of(scores, churned), 1e-12);
        // Every third churner swapped below every stayer: AUC = 2/3 exactly.
        double[] mixed = [.. scores.Select((s, r) => r >= half && r % 3 == 0 ? -s : s)];
        int low = Enumerable.Range(half, half).Count(r => r % 3 == 0);
        Assert.Equal((double)(half - low) / half, RocAuc.Of(mixed, churned), 1e-12);
    }
}
