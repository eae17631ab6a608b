using BankChurn.Core.Analysis;
using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.Blocks;

public class ContinuousDriversTests
{
    /// <summary>Scores 1..100; <paramref name="churns"/> decides who left; <paramref name="missing"/> extra clients without a score, none of whom left.</summary>
    private static ClientTable Scores(Func<int, bool> churns, int missing = 0) => TinyTable.Build(
        100 + missing,
        churned: i => i < 100 && churns(i + 1),
        numeric: [(ClientSchema.Score, i => i < 100 ? i + 1 : null)]);

    private static ContinuousDriver Driver(ClientTable table, int bins = 10) =>
        ContinuousDrivers.Of(table, [ClientSchema.Score], bins, 0.05).Single();

    [Fact]
    public void Of_TopFifthChurns_GivesOneRangeFromTheSmallestToTheLargestValue()
    {
        ContinuousDriver driver = Driver(Scores(score => score > 80, missing: 5));

        Assert.Equal(10, driver.Bins.Length);
        Assert.Equal([false, false, false, false, false, false, false, false, true, true], driver.Bins.Select(b => b.Prone));
        ChurnRange range = Assert.Single(driver.ProneRanges);
        Assert.Equal(ClientSchema.Score, range.Column);
        Assert.Equal(81, range.From);
        Assert.Equal(100, range.To);
        Assert.Equal(20, range.Clients);
        Assert.Equal(20, range.Churned);
        Assert.Equal(1.0, range.Rate);
        Assert.Equal(105.0 / 20, range.Lift!.Value, 12);
        Assert.Equal(Proportions.WilsonInterval(20, 20), range.Confidence);
    }

    [Fact]
    public void Of_MissingValues_AreReportedApart()
    {
        ContinuousDriver driver = Driver(Scores(score => score > 80, missing: 5));

        Assert.Equal(5, driver.Missing.Clients);
        Assert.Equal(0, driver.Missing.Churned);
        Assert.Equal(100, driver.Bins.Sum(b => b.Churn.Clients));
    }

    [Fact]
    public void Of_Summaries_SplitChurnedFromRetained()
    {
        ContinuousDriver driver = Driver(Scores(score => score > 80, missing: 5));

        Assert.Equal(20, driver.Churned!.Count);
        Assert.Equal(90.5, driver.Churned.Mean, 12);
        Assert.Equal(90.5, driver.Churned.Median, 12);
        Assert.Equal(85.75, driver.Churned.Q1, 12);   // numpy.quantile(range(81, 101), 0.25)
        Assert.Equal(95.25, driver.Churned.Q3, 12);
        Assert.Equal(80, driver.Retained!.Count);
        Assert.Equal(40.5, driver.Retained.Mean, 12);
        Assert.Equal(1, driver.Retained.Min);
        Assert.Equal(80, driver.Retained.Max);
    }

    [Fact]
    public void Of_TwoSeparateRuns_GiveTwoRanges()
    {
        ContinuousDriver driver = Driver(Scores(score => score <= 10 || score > 90));

        Assert.Equal([(1.0, 10.0), (91.0, 100.0)], driver.ProneRanges.Select(r => (r.From, r.To)));
    }

    [Fact]
    public void Of_ProneRanges_AreContiguousRunsOfBinsAboveTheAverage()
    {
        // A noisy pattern: churn rises with the score, with gaps.
        ContinuousDriver driver = Driver(Scores(score => score % 7 == 0 || (score > 60 && score % 3 != 0) || score > 85));
        double[] adjusted = MultipleTesting.Holm([.. driver.Bins.Select(b => b.PValue)]);

        for (int i = 0; i < driver.Bins.Length; i++)
        {
            QuantileBin bin = driver.Bins[i];
            Assert.InRange(bin.Churn.Rate, 0, 1);
            Assert.Equal(adjusted[i], bin.PAdjusted);
            Assert.Equal(bin.Prone, bin.PAdjusted < 0.05);
        }
        foreach (ChurnRange range in driver.ProneRanges)
        {
            QuantileBin[] inside = [.. driver.Bins.Where(b => b.Min >= range.From && b.Max <= range.To)];
            Assert.NotEmpty(inside);
            Assert.All(inside, b => Assert.True(b.Prone));
            Assert.Equal(range.Clients, inside.Sum(b => b.Churn.Clients));
            int first = driver.Bins.IndexOf(inside[0]);
            Assert.Equal(Enumerable.Range(first, inside.Length), inside.Select(b => driver.Bins.IndexOf(b)));
            // A range is maximal: the bins either side are not prone.
            Assert.False(first > 0 && driver.Bins[first - 1].Prone);
            Assert.False(first + inside.Length < driver.Bins.Length && driver.Bins[first + inside.Length].Prone);
        }
        Assert.NotEmpty(driver.ProneRanges);
    }

    // python3 -c "from statsmodels.stats.proportion import proportions_ztest as z; print(z([30,150],[100,900],alternative='larger')[1], ...)"
    // → 0.0004966245888805806 0.9998193173782474 0.29159240390577035
    [Theory]
    [InlineData(100, 30, 1000, 180, 0.0004966245888805806)]
    [InlineData(100, 5, 1000, 180, 0.9998193173782474)]   // churns less: far from "more"
    [InlineData(100, 20, 1000, 180, 0.29159240390577035)]
    public void PValue_IsStatsmodelsOneSidedZAgainstTheRest(int clients, int churned, int total, int totalChurned, double expected) =>
        Assert.Equal(expected, ChurnProneBins.PValue(clients, churned, total, totalChurned), expected * 1e-9);

    // python3 -c "from statsmodels.stats.multitest import multipletests as m; print(m([0.0004966245888805806, 0.9998193173782474, 0.29159240390577035], method='holm')[1])"
    [Fact]
    public void Judge_AdjustsTheWholeFamilyWithHolm()
    {
        (double[] adjusted, bool[] prone) = ChurnProneBins.Judge([0.0004966245888805806, 0.9998193173782474, 0.29159240390577035], 0.05);
        Assert.Equal(0.0014898737666417417, adjusted[0], 1e-15);
        Assert.Equal(0.9998193173782474, adjusted[1], 1e-15);
        Assert.Equal(0.5831848078115407, adjusted[2], 1e-15);
        Assert.Equal([true, false, false], prone);
    }

    [Fact]
    public void Of_SeveralColumns_AreOneFamily()
    {
        // The score's top bin churns clearly more; a second column beside it makes the family larger, so its adjusted
        // p-value grows with the number of columns judged together.
        ClientTable table = TinyTable.Build(1000, i => i % 10 == 0 || i >= 900,
            numeric: [(ClientSchema.Score, i => i), (ClientSchema.Age, i => (i * 7919) % 1000)]);
        ContinuousDriver alone = ContinuousDrivers.Of(table, [ClientSchema.Score], 10, 0.05).Single();
        ImmutableArray<ContinuousDriver> both = ContinuousDrivers.Of(table, [ClientSchema.Score, ClientSchema.Age], 10, 0.05);
        Assert.True(both[0].Bins[^1].PAdjusted > alone.Bins[^1].PAdjusted);
        double[] all = MultipleTesting.Holm([.. both.SelectMany(d => d.Bins.Select(b => b.PValue))]);
        Assert.Equal(all, both.SelectMany(d => d.Bins.Select(b => b.PAdjusted)));
        Assert.True(both[0].Bins[^1].Prone);
    }

    [Fact]
    public void Of_StricterAlpha_FindsFewerProneBins()
    {
        ClientTable table = Scores(score => score % 2 == 0 || score > 70);
        int loose = ContinuousDrivers.Of(table, [ClientSchema.Score], 10, 0.2).Single().Bins.Count(b => b.Prone);
        int strict = ContinuousDrivers.Of(table, [ClientSchema.Score], 10, 0.001).Single().Bins.Count(b => b.Prone);

        Assert.True(strict < loose, $"strict {strict}, loose {loose}");
    }

    [Fact]
    public void Of_NobodyChurned_HasNoProneRanges()
    {
        ContinuousDriver driver = Driver(Scores(_ => false));

        Assert.Empty(driver.ProneRanges);
        Assert.Null(driver.Churned);
        Assert.All(driver.Bins, b => Assert.Null(b.Lift));
    }

    [Fact]
    public void Of_EveryValueMissing_HasNoBinsAndNoSummaries()
    {
        ClientTable table = TinyTable.Build(4, i => i == 0, numeric: [(ClientSchema.Score, _ => null)]);

        ContinuousDriver driver = Driver(table);

        Assert.Empty(driver.Bins);
        Assert.Null(driver.Churned);
        Assert.Null(driver.Retained);
        Assert.Equal(4, driver.Missing.Clients);
        Assert.Equal(1, driver.Missing.Churned);
    }

    [Fact]
    public void Of_TiedValues_MergeBins()
    {
        ClientTable table = TinyTable.Build(50, i => i % 5 == 0, numeric: [(ClientSchema.Score, i => i < 40 ? 500 : 600 + i)]);

        ContinuousDriver driver = Driver(table);

        Assert.True(driver.Bins.Length < 10);
        Assert.Equal(50, driver.Bins.Sum(b => b.Churn.Clients));
    }
}
