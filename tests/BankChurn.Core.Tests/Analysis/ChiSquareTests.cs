using BankChurn.Core.Analysis;

namespace BankChurn.Core.Tests.Analysis;

public class ChiSquareTests
{
    // Expected: python3 -c "import numpy as np; from scipy.stats import chi2_contingency as c; t=np.array([[30,70],[45,55]]); r=c(t,correction=False); print(r[0],r[2],r[1])"
    [Fact]
    public void Independence_HandCheckable2x2_IsExactly4point8()
    {
        ContingencyTest test = ChiSquare.Independence(new long[,] { { 30, 70 }, { 45, 55 } });
        Assert.Equal(4.8, test.Statistic, 1e-12);
        Assert.Equal(1, test.DegreesOfFreedom);
        AssertRelative(0.028459736916310638, test.PValue);
        AssertRelative(0.15491933384829668, test.CramersV);
    }

    [Fact]
    public void Independence_2x3_MatchesScipy()
    {
        ContingencyTest test = ChiSquare.Independence(new long[,] { { 10, 20, 30 }, { 25, 15, 5 } });
        AssertRelative(23.333333333333336, test.Statistic);
        Assert.Equal(2, test.DegreesOfFreedom);
        AssertRelative(8.57493910267228e-06, test.PValue);
        AssertRelative(0.4714045207910317, test.CramersV);
    }

    // The real table's gender × churn counts (all 10,000 rows): a p-value far below double's 1 − CDF resolution.
    [Fact]
    public void Independence_TinyPValue_KeepsItsDigits()
    {
        ContingencyTest test = ChiSquare.Independence(new long[,] { { 4358, 637 }, { 3822, 1183 } });
        AssertRelative(198.9119593031574, test.Statistic);
        AssertRelative(3.608027945045658e-45, test.PValue);
        AssertRelative(0.14103615114684512, test.CramersV);
    }

    [Fact]
    public void Independence_PerfectAssociation_HasVOne()
    {
        ContingencyTest test = ChiSquare.Independence(new long[,] { { 0, 5 }, { 10, 0 } });
        AssertRelative(15, test.Statistic);
        AssertRelative(0.00010751117672950063, test.PValue);
        Assert.Equal(1.0, test.CramersV, 1e-12);
    }

    [Fact]
    public void Independence_SingleLiveRow_GivesNoEvidenceRatherThanNaN()
    {
        ContingencyTest test = ChiSquare.Independence(new long[,] { { 0, 0 }, { 10, 5 } });
        Assert.Equal(0, test.Statistic);
        Assert.Equal(1, test.PValue);
        Assert.Equal(0, test.CramersV);
    }

    [Fact]
    public void Independence_EmptyTable_GivesNoEvidence()
    {
        ContingencyTest test = ChiSquare.Independence(new long[2, 2]);
        Assert.Equal(1, test.PValue);
        Assert.Equal(0, test.Total);
    }

    private static void AssertRelative(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
