using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Analysis.Blocks;

public class PortraitsAndValueTests
{
    /// <summary>
    /// 10 clients: rows 0–3 churned (men, ages 30, 32, 34, 36), rows 4–9 stayed (4 women, 2 men, ages 50..60).
    /// Products: churned 2, 2, 3, 3; retained 1 each. Activity: even rows active.
    /// </summary>
    private static ClientTable Sample() => TinyTable.Build(
        10,
        churned: i => i < 4,
        numeric:
        [
            (ClientSchema.Age, i => i < 4 ? 30 + 2 * i : 50 + 2 * (i - 4)),
            (ClientSchema.Products, i => i < 4 ? 2 + i / 2 : 1),
            (ClientSchema.LastActivity, i => i % 2 == 0 ? 1 : 0),
            (ClientSchema.Balance, i => i == 9 ? null : 1000 * (i + 1)),
        ],
        categories: [(ClientSchema.Gender, i => i < 4 || i >= 8 ? "М" : "Ж")]);

    private static PortraitFindings Portraits(ClientTable table)
    {
        ChurnRate overall = ChurnRate.Of("all", table.RowCount, table.Churned.Count);
        return ClientPortraits.Of(
            overall,
            ChurnOverview.ByFeature(table, [ClientSchema.Gender, ClientSchema.Products]),
            ContinuousDrivers.Of(table, [ClientSchema.Age], 4, 0.05));
    }

    [Fact]
    public void Of_Levels_GiveSharesWithinEachGroupAndTheModes()
    {
        PortraitFindings portraits = Portraits(Sample());

        Assert.Equal(4, portraits.Churned);
        Assert.Equal(6, portraits.Retained);
        LevelPortrait gender = portraits.Levels.Single(l => l.Column == ClientSchema.Gender);
        PortraitLevel men = gender.Levels.Single(l => l.Level.Label == "М");
        Assert.Equal(1.0, men.ChurnedShare);
        Assert.Equal(2.0 / 6, men.RetainedShare, 12);
        Assert.Equal(3.0, men.ChurnedRatio!.Value, 12);
        Assert.Equal("М", gender.ChurnedMode!.Level.Label);
        Assert.Equal("Ж", gender.RetainedMode!.Level.Label);
        Assert.All(portraits.Levels, l => Assert.Equal(1.0, l.Levels.Sum(x => x.ChurnedShare), 12));
        Assert.All(portraits.Levels, l => Assert.Equal(1.0, l.Levels.Sum(x => x.RetainedShare), 12));
    }

    [Fact]
    public void Of_Numbers_GiveMeansMediansAndRelativeDifference()
    {
        NumericPortrait age = Portraits(Sample()).Numeric.Single();

        Assert.Equal(33, age.Churned!.Mean, 12);
        Assert.Equal(55, age.Retained!.Mean, 12);
        Assert.Equal(55, age.Retained.Median, 12);
        Assert.Equal((33.0 - 55) / 55, age.RelativeDifference!.Value, 12);
    }

    [Fact]
    public void Sentences_NameTheOverRepresentedTraitsAndTheAgeQuartiles()
    {
        PortraitFindings portraits = Portraits(Sample());

        // Churned: all men (3× their retained share); ages 30–36, quartiles 31.5 and 34.5 → 30–35; products 2 and 3 only among them → 2+.
        // Retained: women only among them; ages 50–60, quartiles 52.5 and 57.5 → 55–60 (halves round up); 1 product.
        PortraitSentences ru = PortraitSentences.Of(portraits, Wording.For("ru"));
        Assert.Equal("Уходящий клиент: мужчина 30–35 лет, 2+ продукта", ru.Churned);
        Assert.Equal("Лояльный клиент: женщина 55–60 лет, 1 продукт", ru.Retained);
        PortraitSentences en = PortraitSentences.Of(portraits, Wording.For("en"));
        Assert.Equal("Churning client: a man aged 30–35, 2+ products", en.Churned);
        Assert.Equal("Loyal client: a woman aged 55–60, 1 product", en.Retained);
        Assert.Equal("Уходящий клиент: мужчина 30–35 лет", PortraitSentences.Of(portraits, Wording.For("ru"), maxTraits: 0).Churned);
    }

    [Fact]
    public void Of_NobodyChurned_HasNoChurnedModeAndNoDifference()
    {
        ClientTable table = TinyTable.Build(4, _ => false, numeric: [(ClientSchema.Age, i => 20 + i), (ClientSchema.Products, _ => 1)], categories: [(ClientSchema.Gender, _ => "Ж")]);

        PortraitFindings portraits = Portraits(table);

        Assert.Null(portraits.Levels.Single(l => l.Column == ClientSchema.Gender).ChurnedMode);
        Assert.Null(portraits.Numeric.Single().RelativeDifference);
        Assert.Equal(0, portraits.Levels[0].Levels[0].ChurnedShare);
    }

    private static ValueSettings Formula(string text) =>
        new(ValueExpression.Parse(text, "value formula", new SourceLocation("test.yaml")), "test");

    [Fact]
    public void Assess_SumsTotalLostAndAtRiskByProductsAndActivity()
    {
        // Products × 1000: churned 2000+2000+3000+3000 = 10 000; retained 6 × 1000.
        ValueFindings value = ClientValue.Assess(Sample(), Formula("products * 1000"));

        Assert.Equal(16_000, value.Total);
        Assert.Equal(10_000, value.Lost);
        Assert.Equal(6_000, value.Current);
        Assert.Equal(10_000.0 / 16_000, value.LostShare, 12);
        // Every retained client has 1 product, and nobody with 1 product churned: nothing is at risk.
        Assert.Equal(0, value.AtRisk);
        Assert.Equal(0, value.MissingValues);
        Assert.Equal(value.Clients, value.Cells.Sum(c => c.Clients));
    }

    [Fact]
    public void Assess_AtRisk_WeighsCurrentValueByTheCellsChurnShare()
    {
        // Cell (1 product, inactive): 2 clients, 1 churned, the other worth 1000 → 500 at risk.
        // Cell (2 products, active): 2 clients, 1 churned, the other worth 2000 → 1000 at risk.
        ClientTable table = TinyTable.Build(
            4,
            churned: i => i is 0 or 3,
            numeric: [(ClientSchema.Products, i => i < 2 ? 1 : 2), (ClientSchema.LastActivity, i => i < 2 ? 0 : 1)]);

        ValueFindings value = ClientValue.Assess(table, Formula("products * 1000"));

        Assert.Equal(1500, value.AtRisk, 12);
        Assert.Equal([(1.0, 0.0), (2.0, 1.0)], value.Cells.Select(c => (c.Products!.Value, c.Active!.Value)));
        Assert.Equal([500.0, 1000.0], value.Cells.Select(c => c.AtRisk));
        Assert.Equal(0.5, value.AtRiskShare, 12);
    }

    [Fact]
    public void Assess_MissingValue_CountsAsZeroAndIsCounted()
    {
        ValueFindings value = ClientValue.Assess(Sample(), Formula("balance"));

        Assert.Equal(1, value.MissingValues);
        Assert.Equal(Enumerable.Range(1, 9).Sum() * 1000.0, value.Total);
        Assert.True(double.IsFinite(value.AtRisk));
    }

    [Fact]
    public void Assess_EmptyTable_GivesZeros()
    {
        ClientTable table = TinyTable.Build(0, _ => false, numeric: [(ClientSchema.Products, _ => 1)]);

        ValueFindings value = ClientValue.Assess(table, Formula("products * 1000"));

        Assert.Equal(0, value.Total);
        Assert.Equal(0, value.LostShare);
        Assert.Equal(0, value.MeanCurrent);
        Assert.Empty(value.Cells);
    }
}
