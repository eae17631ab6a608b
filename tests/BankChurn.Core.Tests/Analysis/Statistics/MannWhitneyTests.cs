using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class MannWhitneyTests
{
    // Expected: SciPy 1.10.1, /tmp script:
    //   r = stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True, alternative='two-sided'); print(r.statistic, r.pvalue)
    // Effect interval: Newcombe (2006) method 5 solved independently with scipy.optimize.brentq:
    //   z=norm.ppf(.975); N=(n1+n2)/2-1; V=lambda t: t*(1-t)/(n1*n2)*(1+N*((1-t)/(2-t)+t/(1+t)));
    //   f=lambda t:(th-t)**2-z*z*V(t); lo=brentq(f,0,th,xtol=1e-15); hi=brentq(f,th,1,xtol=1e-15); print(2*lo-1, 2*hi-1)
    [Fact]
    public void Test_TiedSmallSamples_MatchesScipy()
    {
        MannWhitneyTest result = MannWhitney.Test(Reference.A, Reference.B);

        Assert.Equal(Degeneracy.None, result.Degeneracy);
        Assert.Equal(47.0, result.U);
        Reference.Close(0.030898819615630325, result.PValue);
        Reference.Close(0.6785714285714286, result.RankBiserial);
        Reference.Close(0.07576477351499955, result.RankBiserialConfidence.Low);
        Reference.Close(0.9090172407490402, result.RankBiserialConfidence.High);
        Assert.True(result.Z > 0, "a tends to be larger, so z is positive");
        Assert.Equal((0.6785714285714286 + 1) / 2, result.Superiority, 12);
    }

    [Fact]
    public void Test_SwappedSamples_MirrorTheEffect_KeepP()
    {
        MannWhitneyTest result = MannWhitney.Test(Reference.B, Reference.A);

        Assert.Equal(9.0, result.U);
        Reference.Close(0.030898819615630325, result.PValue);
        Reference.Close(-0.6785714285714286, result.RankBiserial);
        Reference.Close(-0.9090172407490402, result.RankBiserialConfidence.Low);
        Reference.Close(-0.07576477351499966, result.RankBiserialConfidence.High);
        Assert.True(result.Z < 0);
    }

    // a = range(200), b = [i + 150.5 for i in range(200)] → 1225.0 2.67646261976969e-59 -0.93875 (-0.9648823566118748, -0.8929265593126827)
    // a = range(300), b = [i + 1000 for i in range(300)] → 0.0 1.0549641486892856e-99 -1.0 (-1.0, -0.9871138633553799)
    [Theory]
    [InlineData(200, 150.5, 1225.0, 2.67646261976969e-59, -0.93875, -0.9648823566118748, -0.8929265593126827)]
    [InlineData(300, 1000.0, 0.0, 1.0549641486892856e-99, -1.0, -1.0, -0.9871138633553799)]
    public void Test_SeparatedSamples_KeepTinyPValueDigits(int n, double shift, double u, double p, double r, double low, double high)
    {
        double[] a = [.. Enumerable.Range(0, n).Select(i => (double)i)];
        double[] b = [.. Enumerable.Range(0, n).Select(i => i + shift)];

        MannWhitneyTest result = MannWhitney.Test(a, b);

        Assert.Equal(u, result.U);
        Reference.Close(p, result.PValue);
        Reference.Close(r, result.RankBiserial);
        Reference.Close(low, result.RankBiserialConfidence.Low);
        Reference.Close(high, result.RankBiserialConfidence.High);
    }

    [Fact]
    public void Test_EmptyGroup_IsFlaggedWithPOne()
    {
        MannWhitneyTest result = MannWhitney.Test([], Reference.B);

        Assert.Equal(Degeneracy.EmptyGroup, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.RankBiserial);
        Assert.Equal(new Interval(-1, 1), result.RankBiserialConfidence);
    }

    [Fact]
    public void Test_AllValuesTied_IsFlaggedWithPOne()
    {
        MannWhitneyTest result = MannWhitney.Test([4, 4, 4], [4, 4]);

        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(3.0, result.U);
        Assert.Equal(0.0, result.RankBiserial);
        Assert.True(result.RankBiserialConfidence.Low < 0 && result.RankBiserialConfidence.High > 0);
    }

    // python3 -c "from scipy import stats; print(stats.mannwhitneyu([1.0],[2.0],method='asymptotic').pvalue)" → 1.0 (the continuity correction exceeds |U − mean|)
    [Fact]
    public void Test_OneClientEach_GivesPOne_NotAboveOne()
    {
        MannWhitneyTest result = MannWhitney.Test([1.0], [2.0]);

        Assert.Equal(Degeneracy.None, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Z);
        Assert.Equal(-1.0, result.RankBiserial);
    }

    [Fact]
    public void Test_MissingValue_Throws() =>
        Assert.Throws<ArgumentException>(() => MannWhitney.Test([1, double.NaN], [2, 3]));
}
