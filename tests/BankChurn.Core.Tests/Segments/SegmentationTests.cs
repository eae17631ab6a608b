using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class SegmentationTests
{
    private static readonly SourceLocation Here = new("test");

    //                                   row: 0    1    2    3    4    5    6    7    8    9
    private static readonly bool[] Churn = [true, true, true, false, false, false, false, false, false, false];

    private static ClientTable Table() => SegmentTestTables.Build(Churn,
        ("age", new double?[] { 30, 30, 50, 30, 30, 50, 50, 50, 30, 50 }),
        ("products", new double?[] { 1, 1, 2, 2, 1, 2, 2, 1, 1, 2 }),
        ("gender", new string?[] { "М", "М", "Ж", "М", "М", "Ж", "Ж", "Ж", "Ж", "Ж" }));

    private static NumericColumn Value() => NumericColumn.From("value", [100, 200, 300, 400, 500, 600, 700, 800, 900, null]);

    private static SegmentDefinition Def(string id, string rule, SegmentGoal goal = SegmentGoal.Retention, int? manual = null) =>
        new(id, id, goal, Rule.Parse(rule, id, Here), ["Позвонить"], manual);

    [Fact]
    public void Define_FiguresByHand()
    {
        // Men = rows 0, 1, 3, 4: 2 churned of 4 (rate 0.5), base 3/10.
        Segment men = Segmentation.Define(Table(), Value(), [Def("men", "gender == 'М'")]).Single();
        SegmentFigures f = men.Figures;
        Assert.Equal(4, f.Clients);
        Assert.Equal(0.4, f.ShareOfBase, 12);
        Assert.Equal(2, f.Churned);
        Assert.Equal(0.5, f.Rate, 12);
        Assert.Equal(0.5 / 0.3, f.Lift, 12);
        Assert.Equal(2, f.CurrentClients);
        Assert.Equal(2.0 / 3, f.ChurnerCoverage, 12);
        Assert.Equal(300, f.AvgValue, 12);                       // (100 + 200 + 400 + 500) / 4
        Assert.Equal(100 + 200, f.ValueLost, 12);                // the churned men, rows 0 and 1
        // At risk: each current man's value × the churn share of his products cell (one product: 2 of 5 left; two: 1 of 5):
        // row 3 (two products) 400 × 0.2 + row 4 (one product) 500 × 0.4.
        Assert.Equal(400 * 0.2 + 500 * 0.4, f.ValueAtRisk, 12);
        Assert.Equal(2 - 4 * 0.3, f.ExcessChurners, 12);
        Assert.Equal(Proportions.WilsonInterval(2, 4), f.Confidence);
        // python3 -c "from scipy.stats import chi2_contingency; print(chi2_contingency([[2,2],[1,5]],correction=False)[1])" → 0.2597964596779385
        Assert.Equal(0.2597964596779385, f.PValue, 12);
        Assert.Equal(0.4 * (0.5 - 0.3), men.Quality, 12);
        Assert.Equal(SegmentSource.Config, men.Source);
        Assert.False(men.NeedsRecommendation);
        Assert.Null(men.Subgroups);
    }

    [Fact]
    public void Define_EmptySegment_HasFiniteFigures()
    {
        SegmentFigures f = Segmentation.Define(Table(), Value(), [Def("nobody", "age > 100")]).Single().Figures;
        Assert.Equal(0, f.Clients);
        Assert.Equal(0, f.Rate);
        Assert.Equal(new Interval(0, 1), f.Confidence);
        Assert.Equal(1, f.PValue);
        Assert.True(double.IsFinite(f.AvgValue) && double.IsFinite(f.ValueAtRisk) && double.IsFinite(f.Lift));
    }

    [Fact]
    public void Define_CompareSubgroups_ChurnedAgainstCurrent()
    {
        SegmentDefinition products1 = Def("products_1", "products == 1") with { CompareSubgroups = true };
        GroupComparison c = Segmentation.Define(Table(), Value(), [products1]).Single().Subgroups!;
        // products == 1: rows 0, 1, 4, 7, 8; churned 0, 1 (age 30, 30; men), current 4, 7, 8 (ages 30, 50, 30; М, Ж, Ж).
        Assert.Equal(2, c.First);
        Assert.Equal(3, c.Second);
        ColumnComparison age = c.Columns.Single(x => x.Column == "age");
        Assert.Equal(30, age.First);
        Assert.Equal(110.0 / 3, age.Second!.Value, 12);
        ColumnComparison women = c.Columns.Single(x => x.Column == "gender" && x.Level == "Ж");
        Assert.Equal(0, women.First);
        Assert.Equal(2.0 / 3, women.Second!.Value, 12);
        Assert.Equal(-2.0 / 3, women.Difference!.Value, 12);
        // Standardized over the segment's five clients: ages 30, 30, 30, 50, 30 have mean 34 and standard deviation 8;
        // women are 2 of 5, so the share's deviation is √(0.4 · 0.6).
        Assert.Equal((30 - (110.0 / 3)) / 8, age.Standardized!.Value, 12);
        Assert.Equal(-(2.0 / 3) / Math.Sqrt(0.4 * 0.6), women.Standardized!.Value, 12);
    }

    [Fact]
    public void Distinguishing_LeavesOutRuleColumns_OneLevelPerColumn_LargestFirst()
    {
        ColumnComparison C(string column, string? level, double? d) => new(column, level, level is not null, 0.5, 0.4, d);
        var profile = new SegmentProfile(
            new GroupComparison(10, 90,
            [
                C("age", null, 0.9),               // in the rule: the definition, not a finding
                C("gender", "М", 0.3), C("gender", "Ж", -0.3),
                C("city", "Рыбинск", -0.6), C("city", "Ярославль", 0.2),
                C("balance", null, -0.45),
                C("score", null, 0.05),            // below 0.1 standard deviation
                C("equity", null, null),           // does not vary
            ]),
            ["age"]);

        ImmutableArray<ColumnComparison> apart = profile.Distinguishing(3);

        Assert.Equal([("city", "Рыбинск"), ("balance", null), ("gender", "М")], apart.Select(c => (c.Column, c.Level)));
        Assert.Equal(3, profile.Distinguishing(10).Length);
    }

    [Fact]
    public void Rank_PerGoal_ManualFirst_ThenMetric_AndDefineHolmOverTheDefined()
    {
        ImmutableArray<Segment> defined = Segmentation.Define(Table(), Value(),
        [
            Def("young", "age < 40"),                   // rows 0,1,3,4,8: 2 churned, excess 2 − 1.5 = 0.5
            Def("men", "gender == 'М'"),                 // excess 0.8
            Def("manual", "products == 2", manual: 1),   // 1 churned of 5: excess −0.5, but ranked first by hand
            Def("loyal_women", "gender == 'Ж'", SegmentGoal.Acquisition),
            Def("old", "age >= 40", SegmentGoal.Acquisition),
        ]);
        ImmutableArray<Segment> ranked = Segmentation.Rank(defined, PriorityMetric.ExcessChurners);
        Assert.Equal(["manual", "men", "young", "loyal_women", "old"], ranked.Select(s => s.Id));
        Assert.Equal([1, 2, 3, 1, 2], ranked.Select(s => s.Figures.Priority));
        double[] holm = MultipleTesting.Holm([.. defined.Select(s => s.Figures.PValue)]);
        foreach (Segment s in ranked)
        {
            Assert.Equal(holm[defined.IndexOf(defined.Single(d => d.Id == s.Id))], s.Figures.PAdjusted);
            Assert.Equal(s.Figures.PAdjusted < 0.05, s.Significant);
        }
    }

    [Fact]
    public void Assign_ReconcilesRespectsPriority_AndNeverAssignsChurned()
    {
        ClientTable table = Table();
        ImmutableArray<Segment> ranked = Segmentation.Rank(Segmentation.Define(table, Value(),
        [
            Def("young", "age < 40"),
            Def("men", "gender == 'М'"),
            Def("women", "gender == 'Ж'", SegmentGoal.Acquisition),
        ]), PriorityMetric.ExcessChurners);
        CampaignAssignment a = Segmentation.Assign(ranked, table.Churned);
        Assert.Equal(["men", "young", "women"], a.SegmentIds.ToArray());
        // Current clients: rows 3..9 (7). Men first: rows 3, 4. Young next: row 8 (3, 4 taken). Women: 5, 6, 7, 9.
        Assert.Equal([-1, -1, -1, 0, 0, 2, 2, 2, 1, 2], a.SegmentOfRow);
        Assert.Equal([2, 1, 4], a.Assigned.ToArray());
        Assert.Equal(7, a.CurrentClients);
        Assert.Equal(a.CurrentClients, a.TotalAssigned + a.Unassigned);
        Assert.Equal(0, a.Unassigned);

        CampaignAssignment acquisitionFirst = Segmentation.Assign(ranked, table.Churned, [SegmentGoal.Acquisition, SegmentGoal.Retention]);
        Assert.Equal(["women", "men", "young"], acquisitionFirst.SegmentIds.ToArray());
        Assert.Equal([5, 2, 0], acquisitionFirst.Assigned.ToArray());   // women: rows 5–9 (row 8 too)
    }

    [Fact]
    public void Assign_OnSynthetic_TotalsReconcile()
    {
        ClientTable table = SegmentTestTables.Synthetic(5_000, 3);
        NumericColumn value = table.Numeric(ClientSchema.Balance);
        var settings = new DiscoverySettings(MinSize: 200);
        ImmutableArray<Segment> all = Segmentation.Rank(
        [
            .. Discovery.Run(table, value, SegmentGoal.Retention, settings, ActionCatalogue.Empty),
            .. Discovery.Run(table, value, SegmentGoal.Acquisition, settings, ActionCatalogue.Empty),
        ], PriorityMetric.ValueAtRisk);
        Assert.Contains(all, s => s.Goal == SegmentGoal.Acquisition);
        CampaignAssignment a = Segmentation.Assign(all, table.Churned);
        int current = table.RowCount - table.Churned.Count;
        Assert.Equal(current, a.CurrentClients);
        Assert.Equal(current, a.TotalAssigned + a.Unassigned);
        for (int row = 0; row < table.RowCount; row++)
        {
            int k = a.SegmentOfRow[row];
            if (table.Churned.Contains(row)) Assert.Equal(CampaignAssignment.None, k);
            else if (k >= 0) Assert.Contains(row, all.Single(s => s.Id == a.SegmentIds[k]).Rows);
        }
        Assert.Equal(a.Assigned, a.SegmentIds.Select((_, k) => a.SegmentOfRow.Count(x => x == k)));
    }
}
