using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Synthesis;

namespace BankChurn.Core.Tests.Segments;

/// <summary>Tables for the segment tests: hand-made ones built from plain arrays, and synthetic ones with churn replaced.</summary>
internal static class SegmentTestTables
{
    /// <summary>A table from columns given as arrays (double?[] for numbers, string?[] for categories) and a churn array.</summary>
    public static ClientTable Build(bool[] churn, params (string Name, object Values)[] columns)
    {
        int n = churn.Length;
        var churned = new RowSet(n);
        for (int i = 0; i < n; i++)
            churned.Set(i, churn[i]);
        var numeric = ImmutableDictionary.CreateBuilder<string, NumericColumn>();
        var categories = ImmutableDictionary.CreateBuilder<string, CategoryColumn>();
        foreach ((string name, object values) in columns)
        {
            if (values is double?[] numbers) numeric.Add(name, NumericColumn.From(name, numbers));
            else if (values is string?[] labels) categories.Add(name, CategoryColumn.From(name, labels));
            else throw new ArgumentException($"Column {name}: give double?[] or string?[].", nameof(columns));
        }
        return new ClientTable([.. Enumerable.Range(1, n).Select(i => (long)i)], numeric.ToImmutable(), categories.ToImmutable(), churned,
            [.. Enumerable.Range(2, n)]);
    }

    /// <summary>The same clients with a different churn flag.</summary>
    public static ClientTable WithChurn(ClientTable table, RowSet churned) =>
        new(table.UserIds, table.NumericColumns, table.CategoryColumns, churned, table.SourceLines);

    /// <summary>A synthetic table with the one client with no products removed, as the default cleaning does.</summary>
    public static ClientTable Synthetic(int rows, int seed)
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(rows, seed));
        NumericColumn products = table.Numeric(ClientSchema.Products);
        return table.Filter(RowSet.Where(table.RowCount, row => products.Values[row] != 0));
    }

    /// <summary>A value column of <paramref name="n"/> ones, so that value sums are client counts.</summary>
    public static NumericColumn Ones(int n) => new("value", [.. Enumerable.Repeat(1.0, n)], new RowSet(n));
}
