using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Synthesis;

namespace BankChurn.Core.Tests.Synthesis;

/// <summary>
/// Holds the generator to the real table's published figures (see Calibration.cs), on 50,000 rows so that the
/// tolerances are about sampling noise, not luck.
/// </summary>
public class SyntheticClientsTests : IClassFixture<SyntheticClientsTests.Sample>
{
    private const int Seed = 20240501;
    private readonly ClientTable _table;

    public SyntheticClientsTests(Sample sample) => _table = sample.Table;

    /// <summary>One generated table shared by the tests of this class.</summary>
    public sealed class Sample
    {
        public ClientTable Table { get; } = SyntheticClients.Generate(new SynthOptions(50_000, Seed));
    }

    [Fact]
    public void Generate_ChurnShareNearTheReal18Percent()
    {
        Assert.Equal(50_000, _table.RowCount);
        double share = (double)_table.Churned.Count / _table.RowCount;
        Assert.InRange(share, 0.17, 0.20);
    }

    [Fact]
    public void Generate_MenChurnMuchMoreThanWomen()
    {
        CategoryColumn gender = _table.Category(ClientSchema.Gender);
        int men = gender.CodeOf("М"), women = gender.CodeOf("Ж");
        double menRate = ChurnWhere(row => gender.Codes[row] == men);
        double womenRate = ChurnWhere(row => gender.Codes[row] == women);
        Assert.True(menRate / womenRate > 1.5, $"men {menRate:P1}, women {womenRate:P1}");
    }

    [Fact]
    public void Generate_ChurnRisesWithProductsFrom1To4()
    {
        double[] products = _table.Numeric(ClientSchema.Products).Values;
        double[] rates = [.. Enumerable.Range(1, 4).Select(p => ChurnWhere(row => products[row] == p))];
        for (int i = 1; i < rates.Length; i++)
            Assert.True(rates[i - 1] < rates[i], $"products {i}: {rates[i - 1]:P1}, products {i + 1}: {rates[i]:P1}");
    }

    [Fact]
    public void Generate_ChurnRisesWithEquity()
    {
        double[] equity = _table.Numeric(ClientSchema.Equity).Values;
        double low = ChurnWhere(row => equity[row] <= 1);
        double high = ChurnWhere(row => equity[row] is 4 or 5);
        Assert.True(low < high, $"equity 0–1 {low:P1}, equity 4–5 {high:P1}");
    }

    [Fact]
    public void Generate_ActiveClientsChurnMore()
    {
        double[] active = _table.Numeric(ClientSchema.LastActivity).Values;
        Assert.True(ChurnWhere(row => active[row] == 1) > ChurnWhere(row => active[row] == 0));
    }

    [Fact]
    public void Generate_ClientsWithoutCreditCardChurnMore()
    {
        double[] card = _table.Numeric(ClientSchema.CreditCard).Values;
        Assert.True(ChurnWhere(row => card[row] == 0) > ChurnWhere(row => card[row] == 1));
    }

    [Fact]
    public void Generate_MissingBalancesAreLowEquityOneProductLoyalClients()
    {
        NumericColumn balance = _table.Numeric(ClientSchema.Balance);
        double[] equity = _table.Numeric(ClientSchema.Equity).Values;
        double[] products = _table.Numeric(ClientSchema.Products).Values;
        int missing = 0, lowEquity = 0, oneProduct = 0, churned = 0;
        for (int row = 0; row < _table.RowCount; row++)
        {
            if (!balance.IsMissing(row)) continue;
            Assert.True(double.IsNaN(balance.Values[row]));
            missing++;
            if (equity[row] <= 1) lowEquity++;
            if (products[row] == 1) oneProduct++;
            if (_table.Churned.Contains(row)) churned++;
        }
        Assert.InRange((double)missing / _table.RowCount, 0.20, 0.27);
        Assert.True(lowEquity >= 0.85 * missing, $"{lowEquity} of {missing} with equity ≤ 1");
        // The real table has 84.97 % one-product clients among those without a balance, so the bar sits a little below it.
        Assert.True(oneProduct >= 0.82 * missing, $"{oneProduct} of {missing} with one product");
        Assert.True(churned < 0.02 * missing, $"{churned} of {missing} churned");
    }

    [Fact]
    public void Generate_DuplicatedIdsAreInDifferentCities()
    {
        CategoryColumn city = _table.Category(ClientSchema.City);
        var firstRow = new Dictionary<long, int>();
        int duplicates = 0;
        for (int row = 0; row < _table.RowCount; row++)
        {
            long id = _table.UserIds[row];
            if (firstRow.TryGetValue(id, out int first))
            {
                duplicates++;
                Assert.NotEqual(city.Codes[first], city.Codes[row]);
            }
            else firstRow.Add(id, row);
        }
        Assert.InRange(duplicates, 1, 0.015 * _table.RowCount);
    }

    [Fact]
    public void Generate_IdsHaveSixDigits()
    {
        foreach (long id in _table.UserIds)
            Assert.InRange(id, 10_000, 999_999);
    }

    [Fact]
    public void Generate_SomeAgesAreMissing()
    {
        NumericColumn age = _table.Numeric(ClientSchema.Age);
        Assert.InRange(age.Missing.Count, 1, 0.01 * _table.RowCount);
        for (int row = 0; row < _table.RowCount; row++)
            if (!age.IsMissing(row))
                Assert.InRange(age.Values[row], 18, 90);
    }

    [Fact]
    public void Generate_OneClientPer10000HasNoProducts()
    {
        double[] products = _table.Numeric(ClientSchema.Products).Values;
        Assert.Equal(5, products.Count(p => p == 0));
    }

    [Fact]
    public void Generate_UsesTheRealCitiesAndGenders()
    {
        Assert.Equal(["Ярославль", "Рыбинск", "Ростов"], _table.Category(ClientSchema.City).Levels.ToArray());
        Assert.Equal(["М", "Ж"], _table.Category(ClientSchema.Gender).Levels.ToArray());
        Assert.DoesNotContain(CategoryColumn.MissingCode, _table.Category(ClientSchema.City).Codes);
    }

    [Fact]
    public void Generate_SameSeedSameTable_OtherSeedOtherTable()
    {
        var options = new SynthOptions(5_000, 7);
        ClientTable first = SyntheticClients.Generate(options);
        ClientTable second = SyntheticClients.Generate(options);
        ClientTable other = SyntheticClients.Generate(options with { Seed = 8 });
        Assert.Equal(0, DifferingRows(first, second));
        Assert.True(DifferingRows(first, other) > 4_000);
    }

    [Fact]
    public void Generate_NextMonthDiffersSlightlyWithSimilarChurn()
    {
        ClientTable next = SyntheticClients.Generate(new SynthOptions(50_000, Seed, MonthOffset: 1));
        Assert.Equal(0, DifferingRows(next, SyntheticClients.Generate(new SynthOptions(50_000, Seed, MonthOffset: 1))));
        int sameId = Enumerable.Range(0, _table.RowCount).Count(row => next.UserIds[row] == _table.UserIds[row]);
        Assert.InRange(sameId, 0.95 * _table.RowCount, 0.995 * _table.RowCount); // a few clients replaced
        Assert.True(DifferingRows(_table, next) > 0);
        double baseShare = (double)_table.Churned.Count / _table.RowCount;
        double nextShare = (double)next.Churned.Count / next.RowCount;
        Assert.InRange(nextShare - baseShare, -0.03, 0.03);
    }

    [Fact]
    public void Generate_LaterMonths_ShiftTheClientMix()
    {
        ClientTable later = SyntheticClients.Generate(new SynthOptions(50_000, Seed, MonthOffset: 3));
        double Share(ClientTable t, Func<int, bool> test) => (double)Enumerable.Range(0, t.RowCount).Count(test) / t.RowCount;
        bool Dormant(ClientTable t, int row) => t.Numeric(ClientSchema.Products).Values[row] == 1 && t.Numeric(ClientSchema.LastActivity).Values[row] == 0;
        bool Young(ClientTable t, int row) => !t.Numeric(ClientSchema.Age).IsMissing(row) && t.Numeric(ClientSchema.Age).Values[row] < 36;

        // Dormant one-product clients leave the extract faster and the newcomers are younger: both shares move by about a point.
        Assert.InRange(Share(_table, row => Dormant(_table, row)) - Share(later, row => Dormant(later, row)), 0.003, 0.05);
        Assert.InRange(Share(later, row => Young(later, row)) - Share(_table, row => Young(_table, row)), 0.003, 0.05);
        double churnChange = (double)later.Churned.Count / later.RowCount - (double)_table.Churned.Count / _table.RowCount;
        Assert.InRange(churnChange, -0.04, 0.04);
    }

    [Fact]
    public void Generate_NegativeRows_IsAUsageError()
    {
        var problem = Assert.Throws<InputException>(() => SyntheticClients.Generate(new SynthOptions(-1, Seed)));
        Assert.Equal(ProblemKind.Usage, problem.Kind);
        Assert.Contains("--rows", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ZeroRows_IsAnEmptyTable()
    {
        ClientTable empty = SyntheticClients.Generate(new SynthOptions(0, Seed));
        Assert.Equal(0, empty.RowCount);
        Assert.True(empty.HasColumn(ClientSchema.Balance));
    }

    private double ChurnWhere(Func<int, bool> inGroup)
    {
        int clients = 0, churned = 0;
        for (int row = 0; row < _table.RowCount; row++)
        {
            if (!inGroup(row)) continue;
            clients++;
            if (_table.Churned.Contains(row)) churned++;
        }
        Assert.True(clients > 0);
        return (double)churned / clients;
    }

    /// <summary>Rows whose id, churn flag or any cell differs between two tables of the same length.</summary>
    private static int DifferingRows(ClientTable a, ClientTable b)
    {
        Assert.Equal(a.RowCount, b.RowCount);
        int differing = 0;
        for (int row = 0; row < a.RowCount; row++)
        {
            bool same = a.UserIds[row] == b.UserIds[row] && a.Churned.Contains(row) == b.Churned.Contains(row);
            foreach (NumericColumn column in a.NumericColumns.Values)
            {
                NumericColumn other = b.Numeric(column.Name);
                same &= column.IsMissing(row) == other.IsMissing(row)
                    && (column.IsMissing(row) || column.Values[row] == other.Values[row]);
            }
            foreach (CategoryColumn column in a.CategoryColumns.Values)
                same &= column.ValueAt(row) == b.Category(column.Name).ValueAt(row);
            if (!same) differing++;
        }
        return differing;
    }
}
