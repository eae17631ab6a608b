using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class ConditionTests
{
    private static readonly SourceLocation Here = new("test");

    //                                    row: 0     1     2     3     4     5
    private static ClientTable Hand() => SegmentTestTables.Build(
        [true, false, false, true, false, false],
        ("age", new double?[] { 25, 35, 36, null, 60, 24 }),
        ("balance", new double?[] { 1_100_000, null, 80_000, 2e6, 0, null }),
        ("credit_card", new double?[] { 1, 0, 1, 1, 0, 1 }),
        ("gender", new string?[] { "М", "Ж", "М", "Ж", "М", null }),
        ("city", new string?[] { "Ярославль", "Рыбинск", "Ростов", "Ярославль", "Рыбинск", "Ростов" }));

    [Theory]
    [InlineData(25.0, 35.0, "age between 25 and 35", new[] { 0, 1 })]      // both ends inclusive; missing never matches
    [InlineData(60.0, null, "age >= 60", new[] { 4 })]
    [InlineData(null, 24.0, "age <= 24", new[] { 5 })]
    public void Range_RowsAndRuleText(double? from, double? to, string text, int[] rows)
    {
        Condition c = Condition.Range(Hand(), "age", from, to);
        Assert.Equal(text, c.RuleText);
        Assert.Equal(rows, c.Rows.ToArray());
    }

    [Theory]
    [InlineData(200.0, 700.0)]
    [InlineData(null, 333.25)]
    [InlineData(512.5, null)]
    [InlineData(400.0, 400.0)]
    public void Range_ManyRows_SelectsExactlyTheRowsInRange(double? from, double? to)
    {
        // 1 000 rows: full 64-row words and a tail, exact hits on the ends, missing values (stored as NaN).
        var random = new Random(3);
        double?[] values = [.. Enumerable.Range(0, 1_000).Select(i => i % 17 == 0 ? (double?)null : Math.Round(random.NextDouble() * 1_000 * 4) / 4)];
        values[10] = 400;
        values[11] = 200;
        ClientTable table = SegmentTestTables.Build(new bool[values.Length], ("balance", values));

        Condition c = Condition.Range(table, "balance", from, to);

        double low = from ?? double.NegativeInfinity, high = to ?? double.PositiveInfinity;
        Assert.Equal(Enumerable.Range(0, values.Length).Where(i => values[i] is { } v && v >= low && v <= high), c.Rows.ToArray());
    }

    [Fact]
    public void Levels_ManyRows_SelectExactlyTheRowsWithTheLevels()
    {
        string?[] cities = [.. Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? null : new[] { "Ярославль", "Рыбинск", "Ростов" }[i % 3])];
        ClientTable table = SegmentTestTables.Build(new bool[cities.Length], ("city", cities));

        Assert.Equal(Enumerable.Range(0, 300).Where(i => cities[i] is "Ростов" or "Рыбинск"), Condition.OfLevels(table, "city", ["Ростов", "Рыбинск"]).Rows.ToArray());
        Assert.Equal(Enumerable.Range(0, 300).Where(i => cities[i] is null), Condition.Missing(table, "city").Rows.ToArray());
    }

    [Fact]
    public void Levels_Category_QuotesLabels_InColumnOrder()
    {
        Condition c = Condition.OfLevels(Hand(), "city", ["Ростов", "Ярославль"]);
        Assert.Equal("city in ['Ярославль', 'Ростов']", c.RuleText);
        Assert.Equal(new[] { 0, 2, 3, 5 }, c.Rows.ToArray());
        Assert.Equal(ConditionSide.Any, c.Side);
    }

    [Fact]
    public void Levels_Binary_HasSides()
    {
        Assert.Equal(ConditionSide.High, Condition.OfLevels(Hand(), "credit_card", ["1"]).Side);
        Assert.Equal(ConditionSide.Low, Condition.OfLevels(Hand(), "credit_card", ["0"]).Side);
        Assert.Equal("credit_card == 0", Condition.OfLevels(Hand(), "credit_card", ["0"]).RuleText);
    }

    [Fact]
    public void Missing_SelectsMissingRows()
    {
        Condition c = Condition.Missing(Hand(), "balance");
        Assert.Equal("balance is missing", c.RuleText);
        Assert.Equal(new[] { 1, 5 }, c.Rows.ToArray());
        Assert.Equal(new[] { 5 }, Condition.Missing(Hand(), "gender").Rows.ToArray());
    }

    [Fact]
    public void Range_LargeMoney_IsWrittenWithoutExponent() =>
        Assert.Equal("balance >= 1100000", Condition.Range(Hand(), "balance", 1_100_000, null).RuleText);

    [Fact]
    public void Candidates_RuleTextParsesBackToTheSameRows()
    {
        ClientTable table = SegmentTestTables.Synthetic(3_000, 11);
        ImmutableArray<Condition> candidates = CandidateConditions.Build(table, new DiscoverySettings(MinSize: 1),
            [new ChurnProneRange("balance", 1_125_782.76, null), new ChurnProneRange("age", 24.6, 35.2)]);
        Assert.True(candidates.Length > 60, $"only {candidates.Length} candidates");
        foreach (Condition c in candidates)
        {
            RowSet parsed = Rule.Parse(c.RuleText, "test", Here).Evaluate(table);
            Assert.True(parsed.Count == c.Rows.Count && parsed.CountAnd(c.Rows) == c.Rows.Count, c.RuleText);
        }
        // Supplied ranges are rounded before their rows are computed.
        Assert.Contains(candidates, c => c.RuleText == "balance >= 1100000");
        Assert.Contains(candidates, c => c.RuleText == "age between 25 and 35");
    }

    [Fact]
    public void Candidates_IncludeGroupedWholeNumbers_AndReadableCuts()
    {
        ClientTable table = SegmentTestTables.Synthetic(3_000, 11);
        ImmutableArray<Condition> candidates = CandidateConditions.Build(table, new DiscoverySettings(MinSize: 1));
        string[] texts = [.. candidates.Select(c => c.RuleText)];
        Assert.Contains("products >= 2", texts);
        Assert.Contains("products >= 3", texts);
        Assert.Contains("equity >= 3", texts);
        Assert.Contains("equity <= 1", texts);
        Assert.Contains("gender == 'М'", texts);
        Assert.Contains("balance is missing", texts);
        Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
        foreach (Condition c in candidates.Where(c => c.Kind == ConditionKind.Range))
        {
            foreach (double cut in new[] { c.From, c.To }.OfType<double>())
            {
                double expectedStep = c.Column switch { "score" => 10, "age" or "equity" or "products" => 1, _ => 0 };
                if (expectedStep > 0) Assert.True(cut % expectedStep == 0, c.RuleText);
                else Assert.Equal(ReadableThresholds.Significant(cut, 2), cut);
            }
        }
    }

    [Fact]
    public void Candidates_DropConditionsBelowMinimumSize()
    {
        ClientTable table = SegmentTestTables.Synthetic(3_000, 11);
        Assert.All(CandidateConditions.Build(table, new DiscoverySettings(MinSize: 500)), c => Assert.InRange(c.Rows.Count, 500, 2_999));
    }
}
