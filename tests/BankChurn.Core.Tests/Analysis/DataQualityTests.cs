using System.Collections.Immutable;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Tests.Analysis;

public class DataQualityTests
{
    /// <summary>
    /// 200 clients: balance is missing for the 50 with equity 0 and one product, none of whom churned;
    /// 60 of the other 150 churned. Ids 1 and 2 each appear twice, id 1 in two cities.
    /// </summary>
    private static ClientTable Sample()
    {
        const int n = 200;
        var ids = new long[n];
        var balance = new double?[n];
        var equity = new double?[n];
        var products = new double?[n];
        var age = new double?[n];
        var city = new string?[n];
        var churned = new RowSet(n);
        for (int i = 0; i < n; i++)
        {
            ids[i] = 1000 + i;
            bool missing = i < 50;
            balance[i] = missing ? null : 10_000 + i;
            equity[i] = missing ? 0 : 1 + i % 5;
            products[i] = missing ? 1 : 1 + i % 3;
            age[i] = 20 + i % 50;
            city[i] = i % 2 == 0 ? "Ярославль" : "Рыбинск";
            if (!missing && i % 5 < 2) churned.Add(i);
        }
        ids[101] = 1;
        ids[102] = 1; // different city from row 101
        ids[104] = 2;
        ids[106] = 2; // same city as row 104
        var numeric = ImmutableDictionary<string, NumericColumn>.Empty
            .Add("balance", NumericColumn.From("balance", balance))
            .Add("equity", NumericColumn.From("equity", equity))
            .Add("products", NumericColumn.From("products", products))
            .Add("age", NumericColumn.From("age", age));
        var categories = ImmutableDictionary<string, CategoryColumn>.Empty.Add("city", CategoryColumn.From("city", city));
        return new ClientTable(ids, numeric, categories, churned, [.. Enumerable.Range(2, n)]);
    }

    private static DataQualityFindings Assess(DuplicatePolicy policy = DuplicatePolicy.Keep)
    {
        ClientTable table = Sample();
        var loaded = new LoadedClients(table, table.RowCount + 3, [new RejectedRow(7, "age", "abc", "not a number")], new DetectedFormat("utf-8", ',', '.'));
        CleanedClients cleaned = Cleaning.Apply(table, new CleaningSettings([], policy));
        return DataQuality.Assess(loaded, cleaned);
    }

    [Fact]
    public void Assess_CountsRowsReadRejectedAndUsed()
    {
        DataQualityFindings quality = Assess();
        Assert.Equal(203, quality.RowsRead);
        Assert.Equal(1, quality.RowsRejected);
        Assert.Equal(0, quality.RowsExcluded);
        Assert.Equal(200, quality.RowsUsed);
    }

    [Fact]
    public void Assess_MissingBalance_IsInformativeAboutChurnAndConcentrated()
    {
        ColumnMissing balance = Assess().Missing.Single(m => m.Column == "balance");
        Assert.Equal(50, balance.Missing);
        Assert.Equal(0.25, balance.Share, 1e-12);
        Assert.NotNull(balance.Churn);
        Assert.Equal(0, balance.Churn!.MissingChurned);
        Assert.Equal(60, balance.Churn.PresentChurned);
        Assert.True(balance.Churn.Test.PValue < 1e-6);

        MissingAssociation equity = balance.Associations.Single(a => a.Column == "equity");
        LevelShare top = Assert.Single(equity.Concentration);
        Assert.Equal("0", top.Level.Label);
        Assert.Equal(1.0, top.ShareOfMissing, 1e-12);
        Assert.Equal(0.0, top.ShareOfPresent, 1e-12);
        Assert.DoesNotContain(balance.Associations, a => a.Column == "city");
    }

    [Fact]
    public void Assess_ColumnWithoutMissingValues_HasNoChurnComparison()
    {
        ColumnMissing age = Assess().Missing.Single(m => m.Column == "age");
        Assert.Equal(0, age.Missing);
        Assert.Null(age.Churn);
    }

    [Fact]
    public void Assess_Duplicates_CountsRepeatsAndDifferentCities()
    {
        DuplicateIds duplicates = Assess().Duplicates;
        Assert.Equal(2, duplicates.DuplicateRows);
        Assert.Equal(2, duplicates.Ids);
        Assert.Equal(1, duplicates.IdsInDifferentCities);
        Assert.Equal(0, duplicates.RowsDropped);
    }

    [Theory]
    [InlineData(DuplicatePolicy.KeepFirst, 2, 198)]
    [InlineData(DuplicatePolicy.DropAll, 4, 196)]
    public void Cleaning_DuplicatePolicy_DropsRows(DuplicatePolicy policy, int dropped, int used)
    {
        DataQualityFindings quality = Assess(policy);
        Assert.Equal(dropped, quality.Duplicates.RowsDropped);
        Assert.Equal(used, quality.RowsUsed);
    }
}
