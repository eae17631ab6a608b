using BankChurn.Core.Clients;
using BankChurn.Core.Synthesis;

namespace BankChurn.Core.Tests.Clients;

public class CategoryGroupingTests
{
    private static ClientTable WithCities(ClientTable table, Func<int, string?> city) =>
        new(table.UserIds, table.NumericColumns,
            table.CategoryColumns.SetItem(ClientSchema.City, CategoryColumn.From(ClientSchema.City, [.. Enumerable.Range(0, table.RowCount).Select(city)])),
            table.Churned, table.SourceLines);

    [Fact]
    public void Cap_ManyLevels_KeepsTheMostFrequentAndGroupsTheRestWithTheirCount()
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(1_000, 3));
        // Rows 0..499 in "Big", then 499 single-row cities, the last row missing.
        ClientTable many = WithCities(table, row => row == 999 ? null : row < 500 ? "Big" : $"City {row:D4}");

        ClientTable capped = CategoryGrouping.Cap(many, 5, n => CategoryGrouping.OtherLabel(n, russian: true));

        CategoryColumn city = capped.Category(ClientSchema.City);
        Assert.Equal(5, city.Levels.Length);
        Assert.Equal(["Big", "City 0500", "City 0501", "City 0502", "Прочие (ещё 496)"], city.Levels.ToArray());
        Assert.Equal(500, city.Codes.Count(c => c == 0));
        Assert.Equal(496, city.Codes.Count(c => c == 4));
        Assert.True(city.IsMissing(999));
        Assert.Equal(many.Category(ClientSchema.Gender).Codes, capped.Category(ClientSchema.Gender).Codes);
    }

    [Fact]
    public void Cap_FewLevels_ReturnsTheSameTable()
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(200, 3));
        Assert.Same(table, CategoryGrouping.Cap(table, 30, n => CategoryGrouping.OtherLabel(n, russian: false)));
    }

    [Fact]
    public void OtherLabel_StatesTheCountInTheReportLanguage()
    {
        Assert.Equal("Other (1,970 more)", CategoryGrouping.OtherLabel(1970, russian: false));
        Assert.Equal("Прочие (ещё 1\u00A0970)", CategoryGrouping.OtherLabel(1970, russian: true));
    }

    [Fact]
    public void Cap_IsLinearInLevels_A100000LevelColumnTakesWellUnderASecond()
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(100_000, 3));
        ClientTable many = WithCities(table, row => $"City {row}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ClientTable capped = CategoryGrouping.Cap(many, 30, n => CategoryGrouping.OtherLabel(n, russian: false));
        Assert.Equal("Other (99,971 more)", capped.Category(ClientSchema.City).Levels[^1]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed} for 100,000 levels");
    }
}
