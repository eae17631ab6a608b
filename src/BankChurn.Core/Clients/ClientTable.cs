using System.Collections.Immutable;

namespace BankChurn.Core.Clients;

/// <summary>
/// The month's clients, held column-wise: an id array, one <see cref="NumericColumn"/> or <see cref="CategoryColumn"/>
/// per canonical column, the churn flag as a <see cref="RowSet"/>, and each row's line in the source file.
/// Never one object per client, so that ten million rows fit.
/// </summary>
public sealed class ClientTable
{
    public ClientTable(
        long[] userIds,
        ImmutableDictionary<string, NumericColumn> numeric,
        ImmutableDictionary<string, CategoryColumn> categories,
        RowSet churned,
        int[] sourceLines)
    {
        int rows = userIds.Length;
        ArgumentOutOfRangeException.ThrowIfNotEqual(churned.Capacity, rows);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sourceLines.Length, rows);
        foreach (NumericColumn column in numeric.Values)
            ArgumentOutOfRangeException.ThrowIfNotEqual(column.Length, rows);
        foreach (CategoryColumn column in categories.Values)
            ArgumentOutOfRangeException.ThrowIfNotEqual(column.Length, rows);
        UserIds = userIds;
        NumericColumns = numeric;
        CategoryColumns = categories;
        Churned = churned;
        SourceLines = sourceLines;
    }

    public int RowCount => UserIds.Length;

    public long[] UserIds { get; }

    public ImmutableDictionary<string, NumericColumn> NumericColumns { get; }

    public ImmutableDictionary<string, CategoryColumn> CategoryColumns { get; }

    /// <summary>The rows whose churn flag is 1.</summary>
    public RowSet Churned { get; }

    /// <summary>The 1-based line of each row in the source file (header = line 1).</summary>
    public int[] SourceLines { get; }

    public RowSet AllRows => RowSet.All(RowCount);

    public NumericColumn Numeric(string name) =>
        NumericColumns.TryGetValue(name, out NumericColumn? column)
            ? column
            : throw new ArgumentException($"No numeric column '{name}'.", nameof(name));

    public CategoryColumn Category(string name) =>
        CategoryColumns.TryGetValue(name, out CategoryColumn? column)
            ? column
            : throw new ArgumentException($"No category column '{name}'.", nameof(name));

    public bool HasColumn(string name) => NumericColumns.ContainsKey(name) || CategoryColumns.ContainsKey(name);

    /// <summary>A new table with only the rows in <paramref name="keep"/>, in their original order.</summary>
    public ClientTable Filter(RowSet keep)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keep.Capacity, RowCount);
        int[] rows = [.. keep];
        int n = rows.Length;
        var ids = new long[n];
        var lines = new int[n];
        var churned = new RowSet(n);
        for (int i = 0; i < n; i++)
        {
            ids[i] = UserIds[rows[i]];
            lines[i] = SourceLines[rows[i]];
            if (Churned.Contains(rows[i])) churned.Add(i);
        }
        var numeric = NumericColumns.ToImmutableDictionary(pair => pair.Key, pair =>
        {
            var values = new double[n];
            var missing = new RowSet(n);
            for (int i = 0; i < n; i++)
            {
                values[i] = pair.Value.Values[rows[i]];
                if (pair.Value.Missing.Contains(rows[i])) missing.Add(i);
            }
            return new NumericColumn(pair.Key, values, missing);
        });
        var categories = CategoryColumns.ToImmutableDictionary(pair => pair.Key, pair =>
        {
            var codes = new int[n];
            for (int i = 0; i < n; i++)
                codes[i] = pair.Value.Codes[rows[i]];
            return new CategoryColumn(pair.Key, codes, pair.Value.Levels);
        });
        return new ClientTable(ids, numeric, categories, churned, lines);
    }
}
