using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class TwoProportionsTests
{
    // Expected: z and p from the pooled formula, checked against scipy.stats.chi2_contingency(correction=False) (z² = χ², same p);
    // interval: Newcombe (1998) method 10 from Wilson limits (statsmodels is not installed):
    //   l1,u1=wilson(x1,n1); l2,u2=wilson(x2,n2); print(d-sqrt((p1-l1)**2+(u2-p2)**2), d+sqrt((u1-p1)**2+(p2-l2)**2))
    // The first two rows are Newcombe's own examples (Table II: 0.0524 to 0.3339, 0.1705 to 0.8090).
    [Theory]
    [InlineData(56, 70, 48, 80, 2.6501719512585336, 0.008045081368196585, 0.052431472402365065, 0.333872654036906)]
    [InlineData(9, 10, 3, 10, 2.738612787525831, 0.0061698993205441645, 0.17052272393450302, 0.8090179735354881)]
    [InlineData(30, 100, 45, 100, -2.1908902300206647, 0.028459736916310638, -0.2768308539196249, -0.015852195068122715)]
    [InlineData(5, 56, 0, 29, 1.6586488692392285, 0.09718656817057987, -0.03813714790353688, 0.19256001385511162)]
    [InlineData(900, 5000, 1300, 5000, -9.656090991705353, 4.632022414134863e-22, -0.09613861073874987, -0.0638148289944506)]
    public void ZTest_MatchesChiSquareAndNewcombe(int x1, int n1, int x2, int n2, double z, double p, double low, double high)
    {
        TwoProportionTest result = TwoProportions.ZTest(x1, n1, x2, n2);

        Assert.Equal(Degeneracy.None, result.Degeneracy);
        Reference.Close(z, result.Z, what: "z");
        Reference.Close(p, result.PValue, what: "p");
        Reference.Close(low, result.DifferenceConfidence.Low, what: "low");
        Reference.Close(high, result.DifferenceConfidence.High, what: "high");
        Assert.InRange(result.Difference, result.DifferenceConfidence.Low, result.DifferenceConfidence.High);
    }

    // 30/100 vs 45/100 gives χ² = 4.8 exactly, so z² must too.
    [Fact]
    public void ZTest_SquaredZ_IsTheUncorrectedChiSquare() =>
        Assert.Equal(4.8, Math.Pow(TwoProportions.ZTest(30, 100, 45, 100).Z, 2), 12);

    [Fact]
    public void ZTest_EmptyGroup_IsFlagged()
    {
        TwoProportionTest result = TwoProportions.ZTest(0, 0, 5, 10);
        Assert.Equal(Degeneracy.EmptyGroup, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Z);
        Assert.True(double.IsFinite(result.DifferenceConfidence.Low) && double.IsFinite(result.DifferenceConfidence.High));
    }

    [Theory]
    [InlineData(0, 40, 0, 60)]   // nobody churned anywhere
    [InlineData(40, 40, 60, 60)] // everybody churned
    public void ZTest_NoVariance_IsFlaggedWithPOne(int x1, int n1, int x2, int n2)
    {
        TwoProportionTest result = TwoProportions.ZTest(x1, n1, x2, n2);
        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Difference);
        Assert.True(result.DifferenceConfidence.Low < 0 && result.DifferenceConfidence.High > 0);
    }

    [Fact]
    public void ZTest_MoreSuccessesThanTrials_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportions.ZTest(11, 10, 1, 10));
}
