using System.Collections.Immutable;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Segments;

/// <summary>What reaches the report: distinct, significant, not too broad; and several segments' figures taken together.</summary>
public class SegmentReportTests
{
    private static readonly SourceLocation Here = new("test");

    private static readonly ClientTable Table = SegmentTestTables.Synthetic(3_000, 5);

    private static Segment Defined(string id, string rule, SegmentGoal goal = SegmentGoal.Retention) =>
        Segmentation.Define(Table, Table.Numeric(ClientSchema.Balance), [new SegmentDefinition(id, id, goal, Rule.Parse(rule, id, Here), [])]).Single();

    /// <summary>A segment as discovery would give it: the same rule, marked discovered, significant or not.</summary>
    private static Segment Found(string id, string rule, bool significant = true, SegmentGoal goal = SegmentGoal.Retention) =>
        Defined(id, rule, goal) with { Source = SegmentSource.Discovered, Significant = significant };

    [Fact]
    public void Report_DropsRepeatsBroadAndUnconfirmedDiscoveries_KeepsEveryDefinedOne()
    {
        Segment products = Defined("products_2_plus", "products >= 2");
        Segment[] segments =
        [
            products,
            Found("same_clients", "products > 1"),                             // exactly the clients of a defined segment
            Found("inside", "products >= 2 and age <= 40"),                    // wholly inside a better-ranked one
            Found("not_significant", "age <= 30", significant: false),
            Found("broad", "age >= 20"),                                       // most of the base
            Found("distinct", "balance >= 900000 and products == 1"),
            Defined("defined_inside", "products >= 3"),                        // defined segments are always shown
        ];
        Assert.True(products.Figures.ShareOfBase <= 0.9);

        (ImmutableArray<Segment> reported, int repeats, int tooBroad) = Segmentation.Report(segments, PriorityMetric.ExcessChurners, maxShare: 0.9);

        Assert.Equal(["defined_inside", "distinct", "products_2_plus"], reported.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, repeats);
        Assert.Equal(1, tooBroad);
        Assert.Equal(Enumerable.Range(1, reported.Length), reported.Select(s => s.Figures.Priority));
        foreach (Segment s in reported.Where(s => s.Source == SegmentSource.Discovered))
            foreach (Segment better in reported.Where(b => b.Goal == s.Goal && b.Figures.Priority < s.Figures.Priority))
                Assert.True(Redundancy.Containment(s.Rows, better.Rows) < DiscoverySettings.MaxContainment);
    }

    [Fact]
    public void Report_ContainmentCountsOnlyWithinAGoal()
    {
        Segment retention = Defined("young", "age <= 40");
        Segment acquisition = Found("young_two", "age <= 40 and products == 2", goal: SegmentGoal.Acquisition);
        (ImmutableArray<Segment> reported, int repeats, _) = Segmentation.Report([retention, acquisition], PriorityMetric.ExcessChurners, 1);
        Assert.Equal(2, reported.Length);
        Assert.Equal(0, repeats);
    }

    [Fact]
    public void UnionOf_CountsEveryClientOnce_AsCountedSetsDo()
    {
        Segment[] segments = [Defined("a", "age <= 40"), Defined("b", "products >= 2"), Defined("c", "balance >= 500000")];
        ChurnRisk risk = ChurnRisk.ByCells(Table);
        NumericColumn values = Table.Numeric(ClientSchema.Balance);
        var findings = new SegmentFindings([.. segments], Segmentation.Assign(segments, Table.Churned)) { Clients = Table, Worth = (values, risk) };

        SegmentFigures together = findings.UnionOf(segments)!;

        // Counted row by row: a client is in the union when any segment holds them.
        int clients = 0, churned = 0;
        double lost = 0, atRisk = 0;
        for (int row = 0; row < Table.RowCount; row++)
        {
            if (!segments.Any(s => s.Rows.Contains(row))) continue;
            clients++;
            double value = values.IsMissing(row) ? 0 : values.Values[row];
            if (Table.Churned.Contains(row)) { churned++; lost += value; }
            else atRisk += value * risk.Probability[row];
        }
        Assert.Equal(clients, together.Clients);
        Assert.Equal(churned, together.Churned);
        Assert.Equal(lost, together.ValueLost, 6);
        Assert.Equal(atRisk, together.ValueAtRisk, 6);
        double baseRate = (double)Table.Churned.Count / Table.RowCount;
        Assert.Equal(churned - clients * baseRate, together.ExcessChurners, 9);
        // Overlapping segments: their own figures add up to more than the union.
        Assert.True(segments.Sum(s => s.Figures.Clients) > together.Clients);
        Assert.True(segments.Sum(s => s.Figures.ExcessChurners) != together.ExcessChurners);
    }

    [Fact]
    public void ValueAtRisk_OfASegment_IsPartOfTheBanksAndApartFromValueLost()
    {
        ChurnRisk risk = ChurnRisk.ByCells(Table);
        NumericColumn values = Table.Numeric(ClientSchema.Balance);
        double bank = risk.AtRisk(Table.AllRows, Table.Churned, values);
        Segment everyone = Defined("all", "age >= 0 or age is missing");
        Segment high = Defined("high", "balance >= 900000");
        Assert.Equal(bank, everyone.Figures.ValueAtRisk, 6);
        Assert.True(high.Figures.ValueAtRisk <= bank);
        // Lost is what the churned clients held; at risk never counts them.
        double lost = 0;
        foreach (int row in high.Rows)
            if (Table.Churned.Contains(row) && !values.IsMissing(row)) lost += values.Values[row];
        Assert.Equal(lost, high.Figures.ValueLost, 6);
    }
}
