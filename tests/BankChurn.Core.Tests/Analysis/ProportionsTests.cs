using BankChurn.Core.Analysis;

namespace BankChurn.Core.Tests.Analysis;

public class ProportionsTests
{
    // Expected: the Wilson formula in SciPy terms (statsmodels is not installed here):
    // python3 -c "from scipy.stats import norm; z=norm.ppf(0.975); x,n=7,40; p=x/n; d=1+z*z/n; c=(p+z*z/(2*n))/d; h=z/d*(p*(1-p)/n+z*z/(4*n*n))**0.5; print(c-h,c+h)"
    // The first three match statsmodels' proportion_confint(method="wilson") published values.
    [Theory]
    [InlineData(0, 20, 0.0, 0.16112515805281938)]             // nobody left: the interval still has width
    [InlineData(7, 40, 0.0874541374603592, 0.31949990331787714)] // a small segment
    [InlineData(50, 50, 0.9286524008666414, 1.0)]              // everybody left: the upper bound stops at 1
    [InlineData(1819, 9999, 0.17447934206633034, 0.18960135178584)] // the real table's overall churn
    [InlineData(1, 1, 0.20654931437723745, 1.0)]               // one client
    public void WilsonInterval_MatchesReference(int churned, int clients, double low, double high)
    {
        Interval interval = Proportions.WilsonInterval(churned, clients);
        Assert.Equal(low, interval.Low, 1e-9);
        Assert.Equal(high, interval.High, 1e-9);
    }

    [Fact]
    public void WilsonInterval_EmptyGroup_IsUninformativeNotNaN()
    {
        Interval interval = Proportions.WilsonInterval(0, 0);
        Assert.Equal(new Interval(0, 1), interval);
    }

    [Fact]
    public void WilsonInterval_MoreChurnedThanClients_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.WilsonInterval(5, 4));
}
