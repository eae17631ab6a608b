using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.Blocks;

/// <summary>Builds small client tables from per-row functions, so each test states its data in one place.</summary>
internal static class TinyTable
{
    public static ClientTable Build(
        int rows,
        Func<int, bool> churned,
        IEnumerable<(string Name, Func<int, double?> Value)>? numeric = null,
        IEnumerable<(string Name, Func<int, string?> Value)>? categories = null)
    {
        var churn = new RowSet(rows);
        for (int i = 0; i < rows; i++)
            churn.Set(i, churned(i));
        var numbers = ImmutableDictionary.CreateRange(StringComparer.Ordinal, (numeric ?? []).Select(c =>
            KeyValuePair.Create(c.Name, NumericColumn.From(c.Name, [.. Enumerable.Range(0, rows).Select(c.Value)]))));
        var texts = ImmutableDictionary.CreateRange(StringComparer.Ordinal, (categories ?? []).Select(c =>
            KeyValuePair.Create(c.Name, CategoryColumn.From(c.Name, [.. Enumerable.Range(0, rows).Select(c.Value)]))));
        return new ClientTable(
            [.. Enumerable.Range(0, rows).Select(i => 1000L + i)], numbers, texts, churn, [.. Enumerable.Range(2, rows)]);
    }
}
