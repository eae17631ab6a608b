using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Campaigns;

public class CampaignPlanningTests
{
    private const int Rows = 2_000;

    /// <summary>Rows with a probability rising with the row, a value of 1 000, every fifth row churned.</summary>
    private static (ClientTable Table, double[] Probability, NumericColumn Values) Month()
    {
        bool[] churn = [.. Enumerable.Range(0, Rows).Select(r => r % 5 == 0)];
        ClientTable table = Core.Tests.Segments.SegmentTestTables.Build(churn, ("age", Enumerable.Range(0, Rows).Select(r => (double?)(r % 70 + 18)).ToArray()));
        double[] probability = [.. Enumerable.Range(0, Rows).Select(r => (r % 97) / 100.0)];
        var values = new NumericColumn("value", [.. Enumerable.Repeat(1_000.0, Rows)], new RowSet(Rows));
        return (table, probability, values);
    }

    private static Segment RetentionSegment(string id, RowSet rows, double lift) => new(
        id, id, id, "age < 30", SegmentGoal.Retention, SegmentSource.Config, rows,
        new SegmentFigures(rows.Count, 0.1, 0, 0.3, new Interval(0.2, 0.4), lift, rows.Count, 0, 0, 0, 0, 0, 0.001, 0.001, 1),
        ["Call the client"], false, null, [], null, 0, []);

    [Fact]
    public void Plan_RespectsTheBudgetAndNeverContactsAChurnedClient()
    {
        (ClientTable table, double[] probability, NumericColumn values) = Month();
        var settings = new CampaignSettings(300, 10, 0.1, 0.1);
        CampaignPlan plan = CampaignPlanning.Plan(table, probability, values, [], settings, 7);
        Assert.Equal(300, plan.Budget);
        Assert.Equal(300, plan.Contacted);
        Assert.Equal(300, plan.CampaignOfRow.Count(c => c != CampaignPlan.None));
        foreach (int row in table.Churned)
        {
            Assert.Equal(CampaignPlan.None, plan.CampaignOfRow[row]);
            Assert.False(plan.Control[row]);
            Assert.Equal(0, plan.ExpectedLoss[row]);
        }
        // The contacted are those of highest expected loss saved minus cost: nobody left out is worth more.
        double lowestIn = plan.Order.Min(r => plan.ExpectedLoss[r]);
        double highestOut = Enumerable.Range(0, Rows).Where(r => plan.CampaignOfRow[r] == CampaignPlan.None).Max(r => plan.ExpectedLoss[r]);
        Assert.True(lowestIn >= highestOut);
    }

    [Fact]
    public void Plan_DefaultBudgetIsAFifthOfCurrentClients_AndNobodyBelowTheContactCost()
    {
        (ClientTable table, double[] probability, NumericColumn values) = Month();
        CampaignPlan plan = CampaignPlanning.Plan(table, probability, values, [], CampaignSettings.Default, 7);
        Assert.Equal((int)Math.Round(1_600 * 0.2), plan.Budget);
        // Expensive contacts: 0.1 × p × 1 000 > 50 only for p > 0.5.
        CampaignPlan dear = CampaignPlanning.Plan(table, probability, values, [], new CampaignSettings(null, 50, 0.1, 0.1), 7);
        Assert.All(dear.Order, row => Assert.True(probability[row] > 0.5));
    }

    [Fact]
    public void Plan_EachClientInOneCampaign_TheFirstRetentionSegmentThatChurnsAboveTheBase()
    {
        (ClientTable table, double[] probability, NumericColumn values) = Month();
        RowSet young = RowSet.Where(Rows, r => r % 70 < 12);
        RowSet alsoYoung = RowSet.Where(Rows, r => r % 70 < 30);
        RowSet loyal = RowSet.Where(Rows, r => r % 70 >= 30);
        ImmutableArray<Segment> segments =
        [
            RetentionSegment("loyal", loyal, 0.4),       // churns less than the base: no retention campaign
            RetentionSegment("young", young, 1.5),
            RetentionSegment("also_young", alsoYoung, 1.2),
        ];
        CampaignPlan plan = CampaignPlanning.Plan(table, probability, values, segments, new CampaignSettings(600, 10, 0.1, 0.1), 7);
        Assert.DoesNotContain(plan.Campaigns, c => c.SegmentId == "loyal");
        foreach (int row in plan.Order)
        {
            Campaign campaign = plan.Campaigns[plan.CampaignOfRow[row]];
            string expected = young.Contains(row) ? "young" : alsoYoung.Contains(row) ? "also_young" : Campaign.GeneralId;
            Assert.Equal(expected, campaign.SegmentId ?? Campaign.GeneralId);
        }
        Assert.Equal(plan.Contacted, plan.Campaigns.Sum(c => c.Clients));
        foreach (Campaign campaign in plan.Campaigns)
        {
            Assert.Equal((int)Math.Round(campaign.Clients * 0.1), campaign.Control);
            Assert.Equal(campaign.Treated * 10, campaign.Cost, 1e-9);
        }
    }

    [Fact]
    public void Control_IsRandomButReproducibleUnderTheSeed()
    {
        (ClientTable table, double[] probability, NumericColumn values) = Month();
        var settings = new CampaignSettings(500, 10, 0.1, 0.2);
        CampaignPlan first = CampaignPlanning.Plan(table, probability, values, [], settings, 7);
        CampaignPlan again = CampaignPlanning.Plan(table, probability, values, [], settings, 7);
        CampaignPlan other = CampaignPlanning.Plan(table, probability, values, [], settings, 8);
        Assert.Equal(first.Control, again.Control);
        Assert.NotEqual(first.Control, other.Control);
        Assert.Equal(100, first.ControlClients);
        // Random, not the top or the bottom of the ranking: the control's mean rank is near the middle of the contacted.
        int[] rankOf = new int[Rows];
        for (int i = 0; i < first.Order.Length; i++) rankOf[first.Order[i]] = i;
        double meanRank = first.Order.Where(r => first.Control[r]).Average(r => rankOf[r]);
        Assert.InRange(meanRank, 250 - 60, 250 + 60);
    }

    // Expected: statsmodels 0.14, NormalIndPower().solve_power(effect_size=None, nobs1=n1, alpha=0.05, power=0.8, ratio=n2/n1)
    // printed 0.3343263160091292 (704/78), 0.4058145985106518 (473/53), 0.2953125060173141 (900/100); its root finder stops
    // within about 1e-5 relative. The same equation solved by scipy.optimize.brentq(xtol=1e-15):
    // 0.33432823149316054, 0.4058146044132901, 0.29531264994025486.
    [Theory]
    [InlineData(704, 78, 0.3343263160091292, 0.33432823149316054)]
    [InlineData(473, 53, 0.4058145985106518, 0.4058146044132901)]
    [InlineData(900, 100, 0.2953125060173141, 0.29531264994025486)]
    public void MinimumDetectableEffect_MatchesStatsmodels(int treated, int control, double statsmodels, double exact)
    {
        double h = DetectableEffect.CohensH(treated, control)!.Value;
        Assert.Equal(exact, h, exact * 1e-9);
        Assert.Equal(statsmodels, h, statsmodels * 1e-5);
    }

    [Fact]
    public void MinimumDetectableEffect_EmptyGroupIsNull_DropNeverExceedsTheBaseline()
    {
        Assert.Null(DetectableEffect.CohensH(10, 0));
        Assert.Equal(0.2, DetectableEffect.Drop(0.2, 3), 1e-12);
        // h = 2·asin√0.3 − 2·asin√p₁ solved for p₁: a small h lowers 30 % by a little.
        double drop = DetectableEffect.Drop(0.3, 0.1);
        Assert.Equal(0.3 - Math.Pow(Math.Sin(Math.Asin(Math.Sqrt(0.3)) - 0.05), 2), drop, 1e-12);
    }
}
