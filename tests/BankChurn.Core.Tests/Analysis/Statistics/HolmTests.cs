using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

/// <summary>Holm's adjustment, the one implementation every family in the analysis uses (hypotheses, churn-prone bins, segments).</summary>
public class HolmTests
{
    // Expected: python3 -c "import numpy as np; p=np.array([0.01,0.04,0.03,0.005,0.2]); m=len(p); o=np.argsort(p,kind='stable');
    //   a=np.empty(m); r=0
    //   for i,j in enumerate(o): r=max(r,min(1,(m-i)*p[j])); a[j]=r
    //   print(list(a))"  → [0.04, 0.09, 0.09, 0.025, 0.2]   (statsmodels multipletests(method='holm') gives the same)
    [Fact]
    public void Adjust_MatchesStepDownFormula() =>
        Assert.Equal([0.04, 0.09, 0.09, 0.025, 0.2], MultipleTesting.Holm([0.01, 0.04, 0.03, 0.005, 0.2]), new ToleranceComparer(1e-12));

    [Fact]
    public void Adjust_CapsAtOne_AndKeepsMonotone() =>
        Assert.Equal([1.0, 1.0], MultipleTesting.Holm([0.6, 0.7]));

    [Fact]
    public void Adjust_SingleTest_IsUnchanged() => Assert.Equal([0.03], MultipleTesting.Holm([0.03]));

    [Fact]
    public void Adjust_Empty_IsEmpty() => Assert.Empty(MultipleTesting.Holm([]));

    [Fact]
    public void Adjust_NotAProbability_Throws() =>
        Assert.Throws<ArgumentException>(() => MultipleTesting.Holm([double.NaN]));

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
