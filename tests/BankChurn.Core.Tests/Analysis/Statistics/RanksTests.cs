using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class RanksTests
{
    // python3 -c "from scipy import stats; print(stats.rankdata([3.1,2.4,5.6,5.6,1.0,7.2,3.1,4.4,2.0,1.5,3.1,0.7,2.4,2.4,1.9]).tolist())"
    [Fact]
    public void Average_TiedValues_ShareTheirMeanRank_AsRankdata()
    {
        double[] ranks = Ranks.Average([.. Reference.A, .. Reference.B], out double tieTerm);

        Assert.Equal([10.0, 7.0, 13.5, 13.5, 2.0, 15.0, 10.0, 12.0, 5.0, 3.0, 10.0, 1.0, 7.0, 7.0, 4.0], ranks);
        // Three 3.1s, three 2.4s, two 5.6s: (27 − 3) + (27 − 3) + (8 − 2).
        Assert.Equal(54.0, tieTerm);
    }

    [Fact]
    public void Average_DistinctValues_AreOneToN_WithNoTieTerm()
    {
        double[] ranks = Ranks.Average([0.5, -2, 10, 3], out double tieTerm);
        Assert.Equal([2.0, 1.0, 4.0, 3.0], ranks);
        Assert.Equal(0.0, tieTerm);
    }

    [Fact]
    public void Average_AllTied_GiveTheMiddleRank()
    {
        double[] ranks = Ranks.Average([7, 7, 7, 7], out double tieTerm);
        Assert.All(ranks, r => Assert.Equal(2.5, r));
        Assert.Equal(60.0, tieTerm);
    }

    [Fact]
    public void Average_Empty_IsEmpty() => Assert.Empty(Ranks.Average([]));

    [Fact]
    public void Average_NaN_Throws() => Assert.Throws<ArgumentException>(() => Ranks.Average([1, double.NaN]));
}
