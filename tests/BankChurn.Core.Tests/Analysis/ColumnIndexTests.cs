using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;
using BankChurn.Core.Synthesis;

namespace BankChurn.Core.Tests.Analysis;

/// <summary>The blocks give the same findings whether they share one index or each build their own.</summary>
public class ColumnIndexTests
{
    private static readonly ClientTable Table = SyntheticClients.Generate(new SynthOptions(6_000, 11));

    private static readonly ImmutableArray<string> Categorical =
        [ClientSchema.City, ClientSchema.Gender, ClientSchema.Products, ClientSchema.Equity, ClientSchema.CreditCard, ClientSchema.LastActivity];

    private static readonly ImmutableArray<string> Continuous = [ClientSchema.Score, ClientSchema.Age, ClientSchema.Balance, ClientSchema.EstSalary];

    private static readonly SourceLocation Here = new("test");

    private static ImmutableArray<HypothesisSettings> Hypotheses() =>
    [
        new("income", "income", ValueExpression.Parse("est_salary", "test", Here),
            new HypothesisGroup("churned", Rule.Parse("churn == 1", "test", Here)),
            new HypothesisGroup("stayed", Rule.Parse("churn == 0", "test", Here)), HypothesisTest.MannWhitney, 0.05),
        new("balance", "balance", ValueExpression.Parse("balance", "test", Here),
            new HypothesisGroup("young", Rule.Parse("age < 40", "test", Here)),
            new HypothesisGroup("with cards", Rule.Parse("credit_card == 1", "test", Here)), HypothesisTest.Auto, 0.05),
        new("age", "age", ValueExpression.Parse("age + 0", "test", Here),
            new HypothesisGroup("one", Rule.Parse("products == 1", "test", Here)),
            new HypothesisGroup("two", Rule.Parse("products == 2", "test", Here)), HypothesisTest.MannWhitney, 0.05),
    ];

    /// <summary>Every block that reads an index, as JSON, computed with <paramref name="indexOf"/> giving each block its index.</summary>
    private static string Findings(Func<ColumnIndex> indexOf)
    {
        ChurnRate overall = ChurnRate.Of("all", Table.RowCount, Table.Churned.Count);
        var loaded = new LoadedClients(Table, Table.RowCount, [], null!);
        var cleaned = new CleanedClients(Table, [], 0, new DuplicateIds(0, 0, 0, DuplicatePolicy.Keep, 0));
        object[] blocks =
        [
            DataQuality.Assess(loaded, cleaned, indexOf()).Missing,
            Categorical.Select(c => ChurnOverview.Of(indexOf(), c, overall)).ToList(),
            ContinuousDrivers.Of(indexOf(), Continuous, 10, 0.05, overall).ToList(),
            Continuous.Select(c => DriverDistributions.Of(indexOf(), c, 30, KdeBandwidthRule.Scott)).ToList(),
            ChurnCorrelations.Assess(indexOf(), [.. Categorical, .. Continuous], PhiKBinning.QuantileWithMissing),
            HypothesisTesting.Run(indexOf(), Hypotheses()).Select(h => h with { Hypothesis = null! }).ToList(),
        ];
        return JsonSerializer.Serialize(blocks);
    }

    [Fact]
    public void Blocks_SharingOneIndex_FindWhatTheyFindAlone()
    {
        var shared = new ColumnIndex(Table);
        string alone = Findings(() => new ColumnIndex(Table));
        Assert.True(alone.Length > 20_000, "the findings should be serialised in full");
        Assert.True(Table.Numeric(ClientSchema.Balance).Missing.Count > 0, "the fixture should have missing values");
        Assert.Equal(alone, Findings(() => shared));
        // A second pass over the warm index reads what the first left there.
        Assert.Equal(alone, Findings(() => shared));
    }

    [Fact]
    public void Sorted_IsComputedOnceAndShared_AcrossThreads()
    {
        var index = new ColumnIndex(Table);
        SortedColumn[] seen = new SortedColumn[8];
        Parallel.For(0, seen.Length, i => seen[i] = index.Sorted(ClientSchema.Balance));
        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.NotSame(index.Sorted(ClientSchema.Balance), index.Sorted(ClientSchema.Age));
    }

    [Fact]
    public void Groups_EqualTheGroupsOfTheTable()
    {
        var index = new ColumnIndex(Table);
        foreach (string column in Categorical.Concat(Continuous))
        {
            ColumnGroups fromIndex = index.Groups(column, 10), alone = ColumnGroups.Of(Table, column, 10);
            Assert.Equal<GroupLevel>(alone.Levels, fromIndex.Levels);
            Assert.Equal(alone.Codes, fromIndex.Codes);
        }
    }

    [Theory]
    [InlineData(ClientSchema.Products)]
    [InlineData(ClientSchema.Equity)]
    [InlineData(ClientSchema.CreditCard)]
    public void Groups_WholeNumbers_CodeEachRowByItsValue(string column)
    {
        ColumnGroups groups = ColumnGroups.Of(Table, column);
        NumericColumn values = Table.Numeric(column);
        double[] levels = [.. groups.Levels.Select(l => l.Low!.Value)];
        Assert.Equal(levels.Order(), levels);
        for (int row = 0; row < Table.RowCount; row++)
            Assert.Equal(values.IsMissing(row) ? -1 : Array.IndexOf(levels, values.Values[row]), groups.Codes[row]);
    }
}
