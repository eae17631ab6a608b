using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class MultipleTestingTests
{
    // statsmodels is not installed; its multipletests(method='holm') by hand in numpy:
    //   o=np.argsort(p,kind='stable'); a=np.minimum(1,np.maximum.accumulate(p[o]*(m-np.arange(m)))); r=np.empty(m); r[o]=a
    public static TheoryData<double[], double[]> Cases => new()
    {
        { [0.01, 0.04, 0.03, 0.005], [0.03, 0.06, 0.06, 0.02] },                    // the running maximum lifts 0.04·1 to 0.06
        { [0.5, 0.2, 0.9, 0.01, 0.04], [1.0, 0.6000000000000001, 1.0, 0.05, 0.16] }, // capped at 1
        { [0.3, 0.3, 0.02], [0.6, 0.6, 0.06] },                                       // ties
        { [0.2], [0.2] },                                                             // one hypothesis: unchanged
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Holm_MatchesStatsmodelsProcedure(double[] p, double[] expected)
    {
        double[] adjusted = MultipleTesting.Holm(p);

        Assert.Equal(expected.Length, adjusted.Length);
        for (int i = 0; i < expected.Length; i++)
            Reference.Close(expected[i], adjusted[i], 1e-12);
    }

    [Fact]
    public void Holm_KeepsOrderOfRawValues_AndNeverLowersThem()
    {
        double[] p = [0.001, 0.2, 0.04, 0.03, 0.5, 1e-30];
        double[] adjusted = MultipleTesting.Holm(p);
        for (int i = 0; i < p.Length; i++)
        {
            Assert.InRange(adjusted[i], p[i], 1);
            for (int j = 0; j < p.Length; j++)
                if (p[i] < p[j])
                    Assert.True(adjusted[i] <= adjusted[j]);
        }
        Assert.Equal(6e-30, adjusted[5], 1e-40);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Holm_InvalidPValue_Throws(double bad) =>
        Assert.Throws<ArgumentException>(() => MultipleTesting.Holm([0.1, bad]));
}
