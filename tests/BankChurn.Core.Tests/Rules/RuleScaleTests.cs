using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using FluentAssertions;

namespace BankChurn.Core.Tests.Rules;

/// <summary>Column-wise evaluation checked against a plain per-row loop, on tables whose size is not a multiple of 64.</summary>
public class RuleScaleTests
{
    private static readonly SourceLocation Location = new("report.config.yaml", 3, "exclusions[0].rule");

    private static ClientTable Synthetic(int rows, int seed)
    {
        var random = new Random(seed);
        var age = new double?[rows];
        var balance = new double?[rows];
        var products = new double?[rows];
        var gender = new string?[rows];
        var city = new string?[rows];
        string[] cities = ["Ярославль", "Рыбинск", "Ростов"];
        var churned = new RowSet(rows);
        for (int i = 0; i < rows; i++)
        {
            age[i] = i % 97 == 5 ? null : 18 + random.Next(60);
            balance[i] = random.Next(10) == 0 ? null : random.Next(-2, 5) * 1000.0;
            products[i] = random.Next(5);
            gender[i] = i % 101 == 7 ? null : (random.Next(2) == 0 ? "М" : "Ж");
            city[i] = random.Next(20) == 0 ? null : cities[random.Next(cities.Length)];
            churned.Set(i, random.Next(5) == 0);
        }
        var numeric = ImmutableDictionary<string, NumericColumn>.Empty
            .Add(ClientSchema.Age, NumericColumn.From(ClientSchema.Age, age))
            .Add(ClientSchema.Balance, NumericColumn.From(ClientSchema.Balance, balance))
            .Add(ClientSchema.Products, NumericColumn.From(ClientSchema.Products, products));
        var categories = ImmutableDictionary<string, CategoryColumn>.Empty
            .Add(ClientSchema.Gender, CategoryColumn.From(ClientSchema.Gender, gender))
            .Add(ClientSchema.City, CategoryColumn.From(ClientSchema.City, city));
        var ids = new long[rows];
        var lines = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            ids[i] = 100_000 + i;
            lines[i] = i + 2;
        }
        return new ClientTable(ids, numeric, categories, churned, lines);
    }

    [Fact]
    public void Evaluate_OnAMillionRows_CountsTheMatchingClients()
    {
        const int rows = 1_000_000;
        ClientTable table = Synthetic(rows, seed: 42);
        RowSet selected = Rule.Parse("age between 30 and 40 and gender == 'М'", "segment 'Мужчины 30–40'", Location).Evaluate(table);

        NumericColumn age = table.Numeric(ClientSchema.Age);
        CategoryColumn gender = table.Category(ClientSchema.Gender);
        int male = gender.CodeOf("М");
        int expected = 0;
        for (int i = 0; i < rows; i++)
        {
            if (!age.IsMissing(i) && age.Values[i] >= 30 && age.Values[i] <= 40 && gender.Codes[i] == male)
                expected++;
        }
        expected.Should().BeGreaterThan(50_000, "the check must not pass on an empty set");
        selected.Count.Should().Be(expected);
        selected.Capacity.Should().Be(rows);
    }

    // Each rule next to the same condition written row by row in C#; missing means "the comparison is false".
    public static TheoryData<string, Func<Row, bool>> Cases => new()
    {
        { "age between 30 and 40 and gender == 'М'", r => r.Age is >= 30 and <= 40 && r.Gender == "М" },
        { "not (age > 50) or city in ['Рыбинск', 'Ростов']", r => !(r.Age > 50) || r.City is "Рыбинск" or "Ростов" },
        { "city not in ['Рыбинск'] and products in [0, 4]", r => r.City is not null && r.City != "Рыбинск" && r.Products is 0 or 4 },
        { "coalesce(balance, 0) / (products - 2) >= 1000", r => r.Products != 2 && (r.Balance ?? 0) / (r.Products - 2) >= 1000 },
        { "balance is missing or gender is missing", r => r.Balance is null || r.Gender is null },
        { "age != 33 and churn == 1", r => r.Age is not null && r.Age != 33 && r.Churn },
        { "user_id between 100100 and 100163 or user_id == 100999", r => r.UserId is >= 100_100 and <= 100_163 or 100_999 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_MatchesARowByRowReference(string rule, Func<Row, bool> reference)
    {
        const int rows = 1_000; // 15 full words and a 40-row tail
        ClientTable table = Synthetic(rows, seed: 7);
        RowSet selected = Rule.Parse(rule, "segment 'Тест'", Location).Evaluate(table);

        var expected = new List<int>();
        for (int i = 0; i < rows; i++)
        {
            if (reference(Row.Of(table, i)))
                expected.Add(i);
        }
        expected.Should().NotBeEmpty().And.HaveCountLessThan(rows, "a rule selecting nothing or everything proves little");
        selected.Should().Equal(expected);
    }

    /// <summary>One client read back from the columns, for the reference conditions.</summary>
    public sealed record Row(long UserId, double? Age, double? Balance, double? Products, string? Gender, string? City, bool Churn)
    {
        public static Row Of(ClientTable table, int i)
        {
            double? Number(string name) => table.Numeric(name).IsMissing(i) ? null : table.Numeric(name).Values[i];
            return new Row(table.UserIds[i], Number(ClientSchema.Age), Number(ClientSchema.Balance), Number(ClientSchema.Products),
                table.Category(ClientSchema.Gender).ValueAt(i), table.Category(ClientSchema.City).ValueAt(i), table.Churned.Contains(i));
        }
    }
}
