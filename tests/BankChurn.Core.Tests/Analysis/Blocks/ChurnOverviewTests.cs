using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.Blocks;

public class ChurnOverviewTests
{
    /// <summary>100 men of whom 45 churned, 100 women of whom 30 churned; products 1, 2, 3 by row.</summary>
    private static ClientTable Sample() => TinyTable.Build(
        200,
        churned: i => i < 100 ? i < 45 : i - 100 < 30,
        numeric: [(ClientSchema.Products, i => 1 + i % 3)],
        categories: [(ClientSchema.Gender, i => i < 100 ? "М" : "Ж")]);

    [Fact]
    public void Of_TwoLevels_GivesTheHandCheckedChiSquare()
    {
        ClientTable table = Sample();
        FeatureChurn gender = ChurnOverview.ByFeature(table, [ClientSchema.Gender]).Single();

        // 45/55 against 30/70: expected 37.5/62.5 in each row, χ² = 4 · 7.5² / 37.5 ... = 4.8 exactly.
        Assert.Equal(4.8, gender.Test.Statistic, 12);
        Assert.Equal(1, gender.Test.DegreesOfFreedom);
        Assert.Equal(Math.Sqrt(4.8 / 200), gender.Test.CramersV, 12);
        // scipy.stats.chi2.sf(4.8, 1) → 0.028459736916310
        Assert.Equal(0.028459736916310, gender.Test.PValue, 12);
    }

    [Fact]
    public void Of_Levels_CarrySharesIntervalsAndLift()
    {
        FeatureChurn gender = ChurnOverview.ByFeature(Sample(), [ClientSchema.Gender]).Single();

        // 100 clients each: the tie is broken by name, Ж before М.
        Assert.Equal(["Ж", "М"], gender.Levels.Select(l => l.Level.Label));
        FeatureLevel men = gender.Levels[1];
        Assert.Equal(100, men.Churn.Clients);
        Assert.Equal(45, men.Churn.Churned);
        Assert.Equal(0.45, men.Churn.Rate, 12);
        Assert.Equal(0.45 / 0.375, men.Lift!.Value, 12);
        Assert.Equal(Proportions.WilsonInterval(45, 100), men.Churn.Confidence);
        Assert.False(men.IsMissing);
    }

    [Fact]
    public void Of_Categories_AreOrderedByClientsThenName()
    {
        ClientTable table = TinyTable.Build(7, _ => false, categories: [(ClientSchema.City, i => i switch { 0 => "Б", 1 or 2 => "В", 3 or 4 => "А", _ => "Г" })]);

        FeatureChurn city = ChurnOverview.ByFeature(table, [ClientSchema.City]).Single();

        Assert.Equal(["А", "В", "Г", "Б"], city.Levels.Select(l => l.Level.Label));
    }

    [Fact]
    public void Of_WholeNumbers_AreOrderedAscendingAndSumToTheTable()
    {
        ClientTable table = Sample();
        FeatureChurn products = ChurnOverview.ByFeature(table, [ClientSchema.Products]).Single();

        Assert.Equal([1.0, 2.0, 3.0], products.Levels.Select(l => l.Level.Low!.Value));
        Assert.Equal(table.RowCount, products.Levels.Sum(l => l.Churn.Clients));
        Assert.Equal(table.Churned.Count, products.Levels.Sum(l => l.Churn.Churned));
        Assert.All(products.Levels, l => Assert.InRange(l.Churn.Rate, 0, 1));
        Assert.Equal(2, products.Test.DegreesOfFreedom);
    }

    [Fact]
    public void Of_MissingValues_FormTheirOwnLastLevel()
    {
        ClientTable table = TinyTable.Build(10, i => i == 9, categories: [(ClientSchema.Gender, i => i >= 8 ? null : i % 2 == 0 ? "М" : "Ж")]);

        FeatureChurn gender = ChurnOverview.ByFeature(table, [ClientSchema.Gender]).Single();

        FeatureLevel missing = gender.Levels[^1];
        Assert.True(missing.IsMissing);
        Assert.Equal(ChurnOverview.MissingLabel, missing.Level.Label);
        Assert.Equal(2, missing.Churn.Clients);
        Assert.Equal(1, missing.Churn.Churned);
        Assert.Equal(3, gender.Levels.Length);
        Assert.Equal(2, gender.Test.DegreesOfFreedom);
    }

    [Fact]
    public void Of_NoMissingValues_HasNoMissingLevel()
    {
        Assert.DoesNotContain(ChurnOverview.ByFeature(Sample(), [ClientSchema.Gender]).Single().Levels, l => l.IsMissing);
    }

    [Fact]
    public void Of_NobodyChurned_GivesZeroRatesNoLiftAndNoTest()
    {
        ClientTable table = TinyTable.Build(6, _ => false, categories: [(ClientSchema.Gender, i => i % 2 == 0 ? "М" : "Ж")]);

        FeatureChurn gender = ChurnOverview.ByFeature(table, [ClientSchema.Gender]).Single();

        Assert.All(gender.Levels, l => Assert.Equal(0, l.Churn.Rate));
        Assert.All(gender.Levels, l => Assert.Null(l.Lift));
        Assert.Equal(0, gender.Test.Statistic);
        Assert.Equal(1, gender.Test.PValue);
    }

    [Fact]
    public void Of_EmptyTable_HasNoLevels()
    {
        ClientTable table = TinyTable.Build(0, _ => false, categories: [(ClientSchema.Gender, _ => "М")]);

        FeatureChurn gender = ChurnOverview.ByFeature(table, [ClientSchema.Gender]).Single();

        Assert.Empty(gender.Levels);
        Assert.Equal(1, gender.Test.PValue);
    }
}
