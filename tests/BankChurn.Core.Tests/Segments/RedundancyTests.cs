using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class RedundancyTests
{
    [Fact]
    public void Overlap_IsJaccard()
    {
        RowSet a = RowSet.Where(100, r => r < 40);                 // 0..39
        RowSet b = RowSet.Where(100, r => r is >= 30 and < 50);    // 30..49: 10 shared, 50 in either
        Assert.Equal(0.2, Redundancy.Overlap(a, b), 12);
        Assert.Equal(0.25, Redundancy.Overlap(a, RowSet.Where(100, r => r < 10)), 12);
        Assert.Equal(1, Redundancy.Overlap(a, a));
        Assert.Equal(0, Redundancy.Overlap(a, RowSet.Empty(100)));
        Assert.Equal(0, Redundancy.Overlap(RowSet.Empty(100), RowSet.Empty(100)));
    }

    // 2 000 clients. A = rows 0–999 (churn: 60 % in rows 0–499, 20 % in 500–999, so 40 %); the rest churn 10 %.
    // B = even rows: noise inside A, so A ∧ B churns like A and only trims it. C = rows 0–499 and 1500–1999
    // (60 % and 10 %: 35 %), so A ∧ C = rows 0–499 at 60 % clearly beats both A and C. D = the complement of C.
    private static (ClientTable Table, Condition A, Condition B, Condition C, Condition D) Fixture()
    {
        int n = 2_000;
        var churn = new bool[n];
        for (int r = 0; r < n; r++)
            churn[r] = r < 500 ? r % 10 < 6 : r < 1000 ? r % 10 < 2 : r % 10 < 1;
        var x = new double?[n];
        var y = new double?[n];
        var z = new double?[n];
        for (int r = 0; r < n; r++)
        {
            x[r] = r < 1000 ? 1 : 0;
            y[r] = r % 2;
            z[r] = r < 500 || r >= 1500 ? 1 : 0;      // C' = first 500 and last 500
        }
        ClientTable table = SegmentTestTables.Build(churn, ("credit_card", x), ("last_activity", y), ("equity", z));
        return (table, Condition.OfLevels(table, "credit_card", ["1"]), Condition.OfLevels(table, "last_activity", ["1"]),
            Condition.OfLevels(table, "equity", ["1"]), Condition.OfLevels(table, "equity", ["0"]));
    }

    private static Conjunction Of(ClientTable table, params Condition[] conditions)
    {
        RowSet rows = Redundancy.RowsOf(conditions, (1 << conditions.Length) - 1, table.RowCount);
        int n = rows.Count, c = rows.CountAnd(table.Churned);
        return new Conjunction([.. conditions], n, c, 0, SegmentQuality.Retention(n, c, table.RowCount, table.Churned.Count));
    }

    [Fact]
    public void BeatenBySubset_NoiseCondition_IsRedundant()
    {
        var (table, a, b, _, _) = Fixture();
        Assert.True(Redundancy.BeatenBySubset(Of(table, a, b), table.Churned, null, SegmentGoal.Retention, 0.05, 0.05));
    }

    [Fact]
    public void BeatenBySubset_RealRefinement_IsKept()
    {
        // A ∧ C' = first 500 (60 % churn) beats A (40 %) and C' (first 500 at 60 % + last 500 at 10 % = 35 %).
        var (table, a, _, c, _) = Fixture();
        Assert.False(Redundancy.BeatenBySubset(Of(table, a, c), table.Churned, null, SegmentGoal.Retention, 0.05, 0.05));
    }

    [Fact]
    public void BeatenBySubset_GainBelowMinimum_IsRedundant()
    {
        // Same refinement, but demanding a lift 60 % above each subset's: 0.6 < 0.4 · 1.6.
        var (table, a, _, c, _) = Fixture();
        Assert.True(Redundancy.BeatenBySubset(Of(table, a, c), table.Churned, null, SegmentGoal.Retention, 0.6, 0.05));
    }

    [Fact]
    public void BeatenBySubset_SingleCondition_NeverRedundant()
    {
        var (table, a, _, _, _) = Fixture();
        Assert.False(Redundancy.BeatenBySubset(Of(table, a), table.Churned, null, SegmentGoal.Retention, 0.05, 0.05));
    }

    [Fact]
    public void Discovery_DropsOverlappingAndRedundantSegments()
    {
        var (table, a, b, c, d) = Fixture();
        Condition[] candidates = [a, b, c, d];
        var settings = new DiscoverySettings(MinSize: 100, MaxOverlap: 0.5);
        var found = Discovery.Run(table, SegmentTestTables.Ones(table.RowCount), SegmentGoal.Retention, settings, ActionCatalogue.Empty, candidates);
        Assert.NotEmpty(found);
        Assert.Equal("credit_card == 1 and equity == 1", found[0].Rule);
        for (int i = 0; i < found.Length; i++)
        {
            for (int j = 0; j < i; j++)
                Assert.True(Redundancy.Overlap(found[i].Rows, found[j].Rows) <= 0.5, $"{found[i].Rule} repeats {found[j].Rule}");
            Assert.True(found[i].Figures.PAdjusted < 0.05);
        }
        Assert.DoesNotContain(found, s => s.Rule.Contains("last_activity", StringComparison.Ordinal));
    }
}
