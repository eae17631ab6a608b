using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>The search rows of a <see cref="DiscoverySplit"/> as a table of their own, with their values: all the search may read.</summary>
internal sealed class SearchPart
{
    private SearchPart(ClientTable whole, DiscoverySplit split, ClientTable table, NumericColumn values)
    {
        Whole = whole;
        Split = split;
        Table = table;
        Values = values;
    }

    /// <summary>The whole table the split divides.</summary>
    public ClientTable Whole { get; }

    public DiscoverySplit Split { get; }

    /// <summary>The search rows, in their order in <see cref="Whole"/>.</summary>
    public ClientTable Table { get; }

    /// <summary>The search rows' values.</summary>
    public NumericColumn Values { get; }

    public static SearchPart Of(ClientTable table, NumericColumn values, DiscoverySplit split)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(split);
        return new SearchPart(table, split, table.Filter(split.Search), values.Filter(split.Search));
    }

    /// <summary>
    /// The settings of the search on these rows: the minimum size scaled to their share of the table, so that a segment
    /// found at the minimum on the search rows is about the minimum on the whole table.
    /// </summary>
    public DiscoverySettings Settings(DiscoverySettings settings) => settings with
    {
        MinSize = Math.Max(1, (int)Math.Ceiling(settings.MinSize * (double)Table.RowCount / Math.Max(1, Whole.RowCount))),
    };
}
