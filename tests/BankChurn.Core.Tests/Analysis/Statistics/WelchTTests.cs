using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class WelchTTests
{
    // Expected: SciPy 1.10.1 (no confidence_interval() before 1.11, so the intervals are computed with t.ppf / norm.ppf):
    //   r=stats.ttest_ind(a,b,equal_var=False); v1,v2=var(a,ddof=1),var(b,ddof=1); se=sqrt(v1/n1+v2/n2);
    //   df=(v1/n1+v2/n2)**2/((v1/n1)**2/(n1-1)+(v2/n2)**2/(n2-1)); q=stats.t.ppf(0.975,df); d=mean(a)-mean(b);
    //   sp=sqrt(((n1-1)*v1+(n2-1)*v2)/(n1+n2-2)); cd=d/sp; sd=sqrt((n1+n2)/(n1*n2)+cd**2/(2*(n1+n2))); z=stats.norm.ppf(.975)
    //   print(r.statistic, df, r.pvalue, d-q*se, d+q*se, cd, cd-z*sd, cd+z*sd)
    public static TheoryData<double[], double[], double[]> Cases => new()
    {
        {
            Reference.A, Reference.B,
            [2.657635266563874, 9.168244762209765, 0.02574809724233709, 0.3099259324624184, 3.7900740675375815,
             1.3033693897622247, 0.18690730936523003, 2.4198314701592194]
        },
        {
            // One constant group: the degrees of freedom fall to n − 1 of the other.
            [1.0, 2.0], [10.0, 10.0, 10.0],
            [-17.0, 1.0, 0.037405118482553346, -14.853102368216048, -2.1468976317839523,
             -20.820662813657012, -33.848650208531254, -7.792675418782771]
        },
        {
            // a = [i*0.5 for i in range(50)], b = [i*0.5+40 for i in range(40)]: a tiny p-value that must keep its digits.
            [.. Enumerable.Range(0, 50).Select(i => i * 0.5)], [.. Enumerable.Range(0, 40).Select(i => i * 0.5 + 40)],
            [-27.08681694429807, 87.99782381615597, 1.8326442006688242e-44, -40.251279183726766, -34.748720816273234,
             -5.607454372977228, -6.5261034354415495, -4.688805310512907]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Test_MatchesScipy(double[] a, double[] b, double[] expected)
    {
        WelchTest result = WelchT.Test(a, b);

        Assert.Equal(Degeneracy.None, result.Degeneracy);
        Reference.Close(expected[0], result.Statistic, what: "t");
        Reference.Close(expected[1], result.DegreesOfFreedom, what: "dof");
        Reference.Close(expected[2], result.PValue, what: "p");
        Reference.Close(expected[3], result.MeanDifferenceConfidence.Low, what: "diff low");
        Reference.Close(expected[4], result.MeanDifferenceConfidence.High, what: "diff high");
        Reference.Close(expected[5], result.CohensD, what: "d");
        Reference.Close(expected[6], result.CohensDConfidence.Low, what: "d low");
        Reference.Close(expected[7], result.CohensDConfidence.High, what: "d high");
        Assert.Equal(result.Mean1 - result.Mean2, result.MeanDifference);
    }

    [Fact]
    public void Test_Means_AreReported()
    {
        WelchTest result = WelchT.Test(Reference.A, Reference.B);
        Reference.Close(4.05, result.Mean1);
        Reference.Close(2.0, result.Mean2);
    }

    // Three 0.1s average to 0.10000000000000002: a naive variance would be 1e-34, not 0, and t would explode.
    [Fact]
    public void Test_ConstantGroupsWithInexactMeans_AreFlagged_NotSignificant()
    {
        WelchTest result = WelchT.Test([0.1, 0.1, 0.1], [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]);
        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void Test_TwoConstantGroups_IsFlagged_NotInfinite()
    {
        WelchTest result = WelchT.Test([3, 3, 3], [5, 5]);

        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(-2.0, result.MeanDifference);
        Assert.Equal(0.0, result.CohensD);
    }

    [Fact]
    public void Test_OneClientInAGroup_IsFlagged()
    {
        WelchTest result = WelchT.Test([3], [5, 6, 7]);
        Assert.Equal(Degeneracy.TooFewObservations, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(3.0, result.Mean1);
    }

    [Fact]
    public void Test_EmptyGroup_IsFlagged()
    {
        WelchTest result = WelchT.Test([], [5, 6, 7]);
        Assert.Equal(Degeneracy.EmptyGroup, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Mean1);
        Assert.Equal(6.0, result.Mean2);
    }

    [Fact]
    public void Test_IdenticalGroups_GiveTZeroAndPOne()
    {
        WelchTest result = WelchT.Test(Reference.A, Reference.A);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
        Assert.True(result.MeanDifferenceConfidence.Low < 0 && result.MeanDifferenceConfidence.High > 0);
    }
}
