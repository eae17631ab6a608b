using System.Collections.Concurrent;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis;

/// <summary>
/// What several analysis blocks derive from the same column of one table: each numeric column in value order
/// (<see cref="SortedColumn"/>) and each grouping (<see cref="ColumnGroups"/>). Each is computed once, on first use,
/// and then shared, so blocks running side by side do not each sort the same million values. Safe to use from several
/// threads; a second caller of a value being computed waits for it. Everything handed out is read-only by convention.
/// </summary>
public sealed class ColumnIndex
{
    private readonly ConcurrentDictionary<string, Lazy<SortedColumn>> _sorted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Column, int Bins), Lazy<ColumnGroups>> _groups = new();

    public ColumnIndex(ClientTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    public ClientTable Table { get; }

    /// <summary>The numeric column <paramref name="column"/> in ascending order of value.</summary>
    public SortedColumn Sorted(string column) =>
        _sorted.GetOrAdd(column, name => new Lazy<SortedColumn>(() => SortedColumn.Of(Table.Numeric(name)))).Value;

    /// <summary>The column cut into levels as <see cref="ColumnGroups.Of(ClientTable, string, int)"/> cuts it.</summary>
    public ColumnGroups Groups(string column, int bins = ColumnGroups.DefaultBins) =>
        _groups.GetOrAdd((column, bins), key => new Lazy<ColumnGroups>(() => ColumnGroups.Of(this, key.Column, key.Bins))).Value;
}
