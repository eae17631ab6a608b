using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Analysis.Hypotheses;

public class HypothesisTestingTests
{
    // python3 -c "from scipy.stats import skew; print(skew([1.0,2,3,10,20]))" → 0.9159709868553084
    [Fact]
    public void Skewness_MatchesScipy() =>
        Assert.Equal(0.9159709868553084, HypothesisTesting.Skewness([1.0, 2, 3, 10, 20]), 1e-12);

    [Fact]
    public void Skewness_ConstantOrTiny_IsZero()
    {
        Assert.Equal(0, HypothesisTesting.Skewness([5.0, 5, 5, 5]));
        Assert.Equal(0, HypothesisTesting.Skewness([1.0, 2]));
    }

    [Fact]
    public void Choose_Auto_FollowsTheStatedRule()
    {
        double[] symmetric = [.. Enumerable.Range(0, 40).Select(i => (double)(i % 10))];
        double[] skewed = [.. Enumerable.Range(0, 40).Select(i => Math.Pow(2, i % 10))];
        Assert.Equal(HypothesisTest.TwoProportionZ, HypothesisTesting.Choose(HypothesisTest.Auto, true, [0, 1], [1, 1]).Item1);
        Assert.Equal(HypothesisTest.WelchT, HypothesisTesting.Choose(HypothesisTest.Auto, false, symmetric, symmetric).Item1);
        Assert.Equal(HypothesisTest.MannWhitney, HypothesisTesting.Choose(HypothesisTest.Auto, false, symmetric, skewed).Item1);
        Assert.Equal(HypothesisTest.MannWhitney, HypothesisTesting.Choose(HypothesisTest.Auto, false, symmetric[..10], symmetric).Item1);
        Assert.Equal(HypothesisTest.ChiSquare, HypothesisTesting.Choose(HypothesisTest.ChiSquare, true, [0, 1], [1, 1]).Item1);
    }
}
