using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class CorrelationTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    private static readonly double[] Y = [2.3, 1.9, 3.8, 3.1, 6.0, 5.5, 5.5, 9.1, 7.7, 12.0];
    private static readonly double[] Y2 = [5, 3, 3, 8, 1, 9, 2, 2, 7, 4];

    // Expected: SciPy 1.10.1:
    //   p=stats.pearsonr(x,y); ci=p.confidence_interval(0.95); s=stats.spearmanr(x,y)
    //   zr=np.arctanh(s.correlation); h=stats.norm.ppf(0.975)*np.sqrt(1.06/(len(x)-3))
    //   print(p.statistic, p.pvalue, ci.low, ci.high, s.correlation, s.pvalue, np.tanh(zr-h), np.tanh(zr+h))
    public static TheoryData<double[], double[], double[]> Cases => new()
    {
        { X, Y, [0.9256424246319752, 0.00012217725788275726, 0.7095454916167572, 0.9826004947553139,
                 0.9240164263936983, 0.00013295265816009043, 0.6927008875922905, 0.9829644669512196] },
        { X, Y2, [0.02662410212769571, 0.9418010422045169, -0.6132828019443669, 0.6454308928323836,
                  -0.03048837166595521, 0.9333686465687114, -0.6602150563584057, 0.6244089025688154] },
        { Reference.A[..7], Reference.B, [0.06522239620144517, 0.889510380786997, -0.7233646766254874, 0.7799712397532634,
                  0.16514456476895412, 0.7234492536656314, -0.6870160163282468, 0.8260667954826473] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PearsonAndSpearman_MatchScipy(double[] x, double[] y, double[] expected)
    {
        CorrelationTest pearson = Correlation.Pearson(x, y);
        CorrelationTest spearman = Correlation.Spearman(x, y);

        Reference.Close(expected[0], pearson.Coefficient, what: "pearson r");
        Reference.Close(expected[1], pearson.PValue, what: "pearson p");
        Reference.Close(expected[2], pearson.Confidence.Low, what: "pearson low");
        Reference.Close(expected[3], pearson.Confidence.High, what: "pearson high");
        Reference.Close(expected[4], spearman.Coefficient, what: "spearman rho");
        Reference.Close(expected[5], spearman.PValue, what: "spearman p");
        Reference.Close(expected[6], spearman.Confidence.Low, what: "spearman low");
        Reference.Close(expected[7], spearman.Confidence.High, what: "spearman high");
        Assert.Equal(x.Length, pearson.N);
    }

    // xs=np.arange(100.0); ys=xs+np.sin(xs*7.3)*12; print(stats.pearsonr(xs,ys), stats.spearmanr(xs,ys))
    // → 0.9589409546350012 1.9459322215166728e-55 0.9602040204020401 4.338825834416163e-56
    [Fact]
    public void StrongCorrelation_KeepsTinyPValueDigits()
    {
        double[] xs = [.. Enumerable.Range(0, 100).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => x + Math.Sin(x * 7.3) * 12)];

        CorrelationTest pearson = Correlation.Pearson(xs, ys);
        CorrelationTest spearman = Correlation.Spearman(xs, ys);

        Reference.Close(0.9589409546350012, pearson.Coefficient);
        Reference.Close(1.9459322215166728e-55, pearson.PValue);
        Reference.Close(0.9602040204020401, spearman.Coefficient);
        Reference.Close(4.338825834416163e-56, spearman.PValue);
    }

    // bx=[0,1,0,1,1,0,0,1,0,1]; print(stats.pointbiserialr(bx, Y)) → 0.24095033857926562 0.5024705709721279
    [Fact]
    public void PointBiserial_MatchesScipy()
    {
        CorrelationTest result = Correlation.PointBiserial([0, 1, 0, 1, 1, 0, 0, 1, 0, 1], Y);
        Reference.Close(0.24095033857926562, result.Coefficient);
        Reference.Close(0.5024705709721279, result.PValue);
    }

    [Fact]
    public void PointBiserial_NotZeroOne_Throws() =>
        Assert.Throws<ArgumentException>(() => Correlation.PointBiserial([0, 2, 1], [1, 2, 3]));

    [Fact]
    public void ConstantColumn_IsFlagged_NotNaN()
    {
        CorrelationTest result = Correlation.Spearman([1, 1, 1, 1], [1, 2, 3, 4]);
        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(0.0, result.Coefficient);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void ConstantColumnWithInexactMean_IsFlagged()
    {
        CorrelationTest result = Correlation.Pearson([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4, 5, 6, 8]);
        Assert.Equal(Degeneracy.NoVariance, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
    }

    // python3 -c "from scipy import stats; print(stats.pearsonr([1,2],[5,3]))" → statistic=-1.0, pvalue=1.0
    [Fact]
    public void TwoPairs_GiveSignAndPOne_AsScipy()
    {
        CorrelationTest result = Correlation.Pearson([1, 2], [5, 3]);
        Assert.Equal(-1.0, result.Coefficient);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(Degeneracy.TooFewObservations, result.Degeneracy);
        Assert.Equal(new Interval(-1, 1), result.Confidence);
    }

    [Fact]
    public void NoPairs_AreFlagged()
    {
        CorrelationTest result = Correlation.Pearson([], []);
        Assert.Equal(Degeneracy.TooFewObservations, result.Degeneracy);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void PerfectMonotone_GivesOneAndPZero()
    {
        CorrelationTest result = Correlation.Spearman([1, 2, 3, 4, 5], [1, 4, 9, 16, 25]);
        Assert.Equal(1.0, result.Coefficient);
        Assert.Equal(0.0, result.PValue);
        Assert.Equal(new Interval(1, 1), result.Confidence);
    }

    [Fact]
    public void UnequalLengths_Throw() =>
        Assert.Throws<ArgumentException>(() => Correlation.Pearson([1, 2, 3], [1, 2]));
}
