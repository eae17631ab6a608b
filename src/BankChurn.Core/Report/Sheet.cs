namespace BankChurn.Core.Report;

/// <summary>One worksheet of the workbook: a table, optionally under a title line.</summary>
/// <param name="Name">The tab name. Writers make it valid (at most 31 characters, none of []:*?/\, unique), so keep it short and plain.</param>
/// <param name="Title">A title line above the table, or null for the header in the first row.</param>
/// <param name="Table">The data: a header row, then one row per record, with raw values and number formats.</param>
public sealed record Sheet(string Name, string? Title, Table Table)
{
    /// <summary>
    /// Rows produced on demand after <see cref="Table"/>'s own rows (which are then usually none): a list too long to
    /// hold as cells. Their cells follow the table's column formats. Null for an ordinary sheet.
    /// </summary>
    public RowStream? Stream { get; init; }

    /// <summary>A bar chart drawn beside the table, or null.</summary>
    public SheetChart? Chart { get; init; }

    /// <summary>The 0-based numeric column whose cells get data bars (their length shows the value), or null.</summary>
    public int? DataBarColumn { get; init; }

    /// <summary>The number of data rows: the table's plus the streamed ones.</summary>
    public long RowCount => Table.Rows.Length + (Stream?.Count ?? 0);
}
