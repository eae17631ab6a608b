using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class DescriptiveTests
{
    // python3 -c "import numpy as np; from scipy import stats; A=[3.1,2.4,5.6,5.6,1.0,7.2,3.1,4.4];
    //   print(repr(np.mean(A)), repr(np.std(A,ddof=1)), repr(np.var(A,ddof=1)), repr(np.median(A)), repr(np.quantile(A,0.9)), stats.mode(A,keepdims=False))"
    // → 4.05 2.0241400290352582 4.097142857142857 3.75 6.079999999999999 ModeResult(mode=3.1, count=2)
    [Fact]
    public void Summaries_MatchNumpy()
    {
        Reference.Close(4.05, Descriptive.Mean(Reference.A));
        Reference.Close(2.0241400290352582, Descriptive.StandardDeviation(Reference.A));
        Reference.Close(4.097142857142857, Descriptive.Variance(Reference.A));
        Reference.Close(3.75, Descriptive.Median(Reference.A));
        Reference.Close(6.079999999999999, Descriptive.Quantile(Reference.A, 0.9));
    }

    [Fact]
    public void Mode_EquallyFrequent_IsTheSmallest() => Assert.Equal(3.1, Descriptive.Mode(Reference.A));

    [Fact]
    public void Median_OddCount_IsTheMiddleValue() => Assert.Equal(5.0, Descriptive.Median([9, 1, 5]));

    // python3 -c "import numpy as np; print(repr(np.var([1e9+0.1,1e9+0.2,1e9+0.3,1e9+0.4],ddof=1)))" → 0.01666665871940154
    [Fact]
    public void Variance_LargeMeanSmallSpread_KeepsItsDigits() =>
        Reference.Close(0.01666665871940154, Descriptive.Variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3, 1e9 + 0.4]));

    [Fact]
    public void Variance_Constant_IsExactlyZero_EvenWhenTheMeanRounds()
    {
        Assert.NotEqual(0.1, Descriptive.Mean([0.1, 0.1, 0.1]));
        Assert.Equal(0.0, Descriptive.Variance([0.1, 0.1, 0.1]));
    }

    [Fact]
    public void Variance_PopulationDdof0_DividesByN() => Assert.Equal(1.0, Descriptive.Variance([1, 3], ddof: 0));

    [Fact]
    public void TooSmallSamples_Throw_RatherThanGiveNaN()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Descriptive.Mean([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Descriptive.Median([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Descriptive.Mode([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Descriptive.StandardDeviation([4.0]));
    }
}
