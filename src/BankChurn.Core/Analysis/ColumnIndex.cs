using System.Collections.Concurrent;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis;

/// <summary>
/// What several analysis blocks derive from the same column of one table: each numeric column in value order
/// (<see cref="SortedColumn"/>), sorted once, on first use, and then shared, so that blocks running side by side do not
/// each sort the same million values. Safe to use from several threads; a second caller of a column being sorted waits
/// for it. Everything handed out is read-only by convention. Groupings (<see cref="ColumnGroups"/>) are cut from the
/// sorted columns but not kept: a pass over the rows is cheap, and a million-row code array per column and bin count
/// held for the whole analysis is not.
/// </summary>
public sealed class ColumnIndex
{
    private readonly ConcurrentDictionary<string, Lazy<SortedColumn>> _sorted = new(StringComparer.Ordinal);

    public ColumnIndex(ClientTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    public ClientTable Table { get; }

    /// <summary>
    /// Drops the sorted columns, for a caller that knows no block will ask again: they are a few megabytes per column
    /// and million rows, and the rest of the analysis can use the room. A later call sorts again.
    /// </summary>
    public void Forget() => _sorted.Clear();

    /// <summary>The numeric column <paramref name="column"/> in ascending order of value.</summary>
    public SortedColumn Sorted(string column) =>
        _sorted.GetOrAdd(column, name => new Lazy<SortedColumn>(() => SortedColumn.Of(Table.Numeric(name)))).Value;

    /// <summary>The column cut into levels as <see cref="ColumnGroups.Of(ClientTable, string, int)"/> cuts it, quantile bins from the sorted column.</summary>
    public ColumnGroups Groups(string column, int bins = ColumnGroups.DefaultBins) => ColumnGroups.Of(this, column, bins);
}
