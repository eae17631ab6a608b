using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Changes;

namespace BankChurn.Core.Tests.Changes;

public class ShiftSharesTests
{
    // By hand: segment A 20/100 → 45/150, rest 30/300 → 25/250 (400 clients both months).
    // s0 = .25/.75, s1 = .375/.625, r0 = .2/.1, r1 = .3/.1; R0 = 50/400 = .125, R1 = 70/400 = .175.
    // mix = .125·.2 − .125·.1 = .0125; rate = .25·.1 + .75·0 = .025; interaction = .125·.1 + (−.125)·0 = .0125; sum .05.
    [Fact]
    public void Decompose_HandExample_GivesTheHandComputedParts()
    {
        ShiftShare result = ShiftShares.Decompose([("a", new SegmentCount(100, 20), new SegmentCount(150, 45)), ("rest", new SegmentCount(300, 30), new SegmentCount(250, 25))]);

        Assert.Equal(0.125, result.PreviousRate, 15);
        Assert.Equal(0.175, result.CurrentRate, 15);
        Assert.Equal(0.0125, result.Mix, 15);
        Assert.Equal(0.025, result.RateEffect, 15);
        Assert.Equal(0.0125, result.Interaction, 15);
        Assert.Equal(0.05, result.Total, 15);
        // Per cell: A = .025 + .025 + .0125 = .0625 (its churn rose and it grew); rest = −.0125 (it shrank).
        Assert.Equal(0.0625, result.Cells[0].Total, 15);
        Assert.Equal(-0.0125, result.Cells[1].Total, 15);
    }

    [Fact]
    public void Decompose_EmptyCellAndDifferentTotals_StillSumsExactly()
    {
        ShiftShare result = ShiftShares.Decompose(
        [
            ("new", new SegmentCount(0, 0), new SegmentCount(37, 19)),
            ("old", new SegmentCount(123, 61), new SegmentCount(0, 0)),
            ("rest", new SegmentCount(9876, 1700), new SegmentCount(10011, 1822)),
        ]);

        Assert.Equal(result.Total, result.Mix + result.RateEffect + result.Interaction, 14);
        Assert.Equal((19.0 + 1822) / (37 + 10011) - (61.0 + 1700) / (123 + 9876), result.Total, 15);
        Assert.All(result.Cells, c => Assert.True(double.IsFinite(c.Mix) && double.IsFinite(c.RateEffect) && double.IsFinite(c.Interaction)));
    }

    [Fact]
    public void Decompose_NoClients_IsAllZero()
    {
        ShiftShare result = ShiftShares.Decompose([("rest", new SegmentCount(0, 0), new SegmentCount(0, 0))]);
        Assert.Equal(0, result.Total);
        Assert.Equal(0, result.Mix + result.RateEffect + result.Interaction);
    }

    // The month-over-month churn test is the pooled two-proportion z (this month first).
    // Expected: /usr/bin/python3 -c "import numpy as np; from scipy.stats import norm; x1,n1,x2,n2=2094,9999,1848,9999;
    //   p=(x1+x2)/(n1+n2); z=(x1/n1-x2/n2)/np.sqrt(p*(1-p)*(1/n1+1/n2)); print(repr(z), repr(2*norm.sf(abs(z))))"
    // (statsmodels' proportions_ztest is the same formula; statsmodels is not installed here.)
    [Theory]
    [InlineData(1901, 9999, 1851, 9999, 0.9056463623470264, 0.36512306106559433)]
    [InlineData(2094, 9999, 1848, 9999, 4.372717286708588, 1.2270958605877915e-05)]
    public void ChurnTest_MatchesTheScipyFormula(int x1, int n1, int x2, int n2, double z, double p)
    {
        TwoProportionTest test = TwoProportions.ZTest(x1, n1, x2, n2);
        Assert.Equal(z, test.Z, 1e-9);
        Assert.Equal(p, test.PValue, p * 1e-7);
    }
}
