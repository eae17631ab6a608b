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
        var drivers = ContinuousDrivers.Of(table, [ClientSchema.Age], 4, 0.05);
        PortraitFindings portraits = ClientPortraits.Of(overall, ChurnOverview.ByFeature(table, [ClientSchema.Gender, ClientSchema.Products]), drivers);
        return portraits with
        {
            ChurnedPortrait = PortraitTraits.Choose(table, portraits, drivers, churned: true),
            RetainedPortrait = PortraitTraits.Choose(table, portraits, drivers, churned: false),
        };
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
    public void Sentences_NameTheTraitsStrongestFirst_AndTheShareTheyDescribe()
    {
        PortraitFindings portraits = Portraits(Sample());

        // Churned: products 2 and 3 only among them (share 1 against 0: strongest) → "2+"; then the churn-prone age bin the
        // drivers found, 30–34 (3 of 4 churned against none: 0.75); then all men against 2 of 6 retained (1 − 1/3).
        // Three of the four churned clients have all three, no retained one: 75 % and 0 %.
        // Retained: 1 product (1 against 0), then women (4 of 6 against none): 67 % of the retained, no churned client.
        Assert.Equal([ClientSchema.Products, ClientSchema.Age, ClientSchema.Gender], portraits.ChurnedPortrait.Traits.Select(t => t.Column));
        PortraitSentences ru = PortraitSentences.Of(portraits, Wording.For("ru"));
        Assert.Equal("Уходящий клиент: мужчина до 34 лет, 2+ продукта — таких 75\u00A0% ушедших и 0\u00A0% оставшихся", ru.Churned);
        Assert.Equal("Лояльный клиент: женщина, 1 продукт — таких 67\u00A0% оставшихся и 0\u00A0% ушедших", ru.Retained);
        PortraitSentences en = PortraitSentences.Of(portraits, Wording.For("en"));
        Assert.Equal("Churning client: a man aged up to 34, 2+ products — 75% of churned clients fit this, and 0% of retained ones", en.Churned);
        Assert.Equal("Loyal client: a woman, 1 product — 67% of retained clients fit this, and 0% of churned ones", en.Retained);
        // The title keeps the strongest trait only, with the share that one describes.
        Assert.Equal("Уходящий клиент: 2+ продукта — таких 100\u00A0% ушедших и 0\u00A0% оставшихся", PortraitSentences.Of(portraits, Wording.For("ru"), maxTraits: 1).Churned);
    }

    [Fact]
    public void Portrait_KeepsAQuarterOfTheGroup_AndTakesItsRangesFromTheDrivers()
    {
        // 2,000 clients: churn is high for ages 20–29 and for 3+ products, each alone; few churners have both.
        ClientTable table = TinyTable.Build(2000,
            churned: i => (i % 10 < 2 && i % 7 < 5) || (i % 7 == 0 && i % 10 >= 2 && i % 3 == 0) || i % 23 == 0,
            numeric:
            [
                (ClientSchema.Age, i => i % 10 < 2 ? 20 + i % 10 * 4 + i % 3 : 30 + i % 40),
                (ClientSchema.Products, i => i % 7 == 0 ? 3 : 1 + i % 2),
            ],
            categories: [(ClientSchema.Gender, i => i % 2 == 0 ? "М" : "Ж")]);
        var drivers = ContinuousDrivers.Of(table, [ClientSchema.Age], 10, 0.05);
        PortraitFindings portraits = ClientPortraits.Of(ChurnRate.Of("all", table.RowCount, table.Churned.Count),
            ChurnOverview.ByFeature(table, [ClientSchema.Gender, ClientSchema.Products]), drivers);
        Portrait churned = PortraitTraits.Choose(table, portraits, drivers, churned: true);

        Assert.NotEmpty(churned.Traits);
        for (int k = 0; k <= churned.Traits.Length; k++)
            Assert.True(churned.FitShare(k) >= PortraitTraits.MinFit, $"{k} traits fit {churned.FitShare(k):P0}");
        // Counted again: the clients with every trait.
        int fit = 0;
        for (int row = 0; row < table.RowCount; row++)
            if (table.Churned.Contains(row) && churned.Traits.All(t => Has(table, t, row))) fit++;
        Assert.Equal(fit, churned.Fit[^1]);
        foreach (PortraitTrait t in churned.Traits.Where(t => !t.Ranges.IsEmpty))
            Assert.Equal(drivers.Single(d => d.Column == t.Column).ProneRanges, t.Ranges);
    }

    private static bool Has(ClientTable table, PortraitTrait trait, int row)
    {
        if (!trait.Ranges.IsEmpty)
        {
            NumericColumn column = table.Numeric(trait.Column);
            return !column.IsMissing(row) && trait.Ranges.Any(r => column.Values[row] >= r.From && column.Values[row] <= r.To);
        }
        return table.CategoryColumns.TryGetValue(trait.Column, out CategoryColumn? category)
            ? trait.Levels.Any(l => l.Label == category.ValueAt(row))
            : trait.Levels.Any(l => !table.Numeric(trait.Column).IsMissing(row) && l.Low == table.Numeric(trait.Column).Values[row]);
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
