using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;

namespace BankChurn.Core.Tests.Rules;

/// <summary>A hand-built six-client table where every value used by the rule tests is visible at a glance.</summary>
internal static class RuleTestTable
{
    public static readonly SourceLocation Location = new("report.config.yaml", 14, "segments[0].rule");

    //                  row:        0            1          2         3            4      5
    private static readonly double?[] Age = [25, 30, 40, null, 50, 41];
    private static readonly string?[] Gender = ["М", "Ж", "Ж", "М", null, "М"];
    private static readonly string?[] City = ["Ярославль", "Рыбинск", "Ростов", "Ярославль", null, "Рыбинск"];
    private static readonly double?[] Balance = [100, null, 0, 5000, 200, -50];
    private static readonly double?[] Products = [1, 2, 3, 1, 0, 2];
    private static readonly double?[] EstSalary = [50_000, 1_000_000, 999_999.5, 2_500_000, 80_000, 0.5];
    private static readonly bool[] Churn = [false, true, false, true, false, false];

    public static ClientTable Build()
    {
        int rows = Age.Length;
        var churned = new RowSet(rows);
        for (int i = 0; i < rows; i++)
            churned.Set(i, Churn[i]);
        var numeric = ImmutableDictionary.CreateRange(
        [
            Pair(NumericColumn.From(ClientSchema.Age, Age)),
            Pair(NumericColumn.From(ClientSchema.Balance, Balance)),
            Pair(NumericColumn.From(ClientSchema.Products, Products)),
            Pair(NumericColumn.From(ClientSchema.EstSalary, EstSalary)),
        ]);
        var categories = ImmutableDictionary.CreateRange(
        [
            Pair(CategoryColumn.From(ClientSchema.Gender, Gender)),
            Pair(CategoryColumn.From(ClientSchema.City, City)),
        ]);
        return new ClientTable([1001, 1002, 1003, 1004, 1005, 1006], numeric, categories, churned, [2, 3, 4, 5, 6, 7]);
    }

    /// <summary>The rows selected by <paramref name="rule"/> on the six-client table.</summary>
    public static int[] Rows(string rule) => [.. Rule.Parse(rule, "segment 'Тест'", Location).Evaluate(Build())];

    private static KeyValuePair<string, NumericColumn> Pair(NumericColumn column) => new(column.Name, column);

    private static KeyValuePair<string, CategoryColumn> Pair(CategoryColumn column) => new(column.Name, column);
}
