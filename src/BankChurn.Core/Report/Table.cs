using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>A rectangular table of raw values: the deck formats them as text, the workbook writes real numbers with number formats.</summary>
public sealed record Table
{
    /// <summary>A table whose every row has exactly one cell per column.</summary>
    /// <exception cref="ArgumentException">A row has a different number of cells than there are columns.</exception>
    public Table(ImmutableArray<TableColumn> columns, ImmutableArray<ImmutableArray<Cell>> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length, nameof(columns));
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != columns.Length)
                throw new ArgumentException($"Row {i} has {rows[i].Length} cells for {columns.Length} columns.", nameof(rows));
        }

        Columns = columns;
        Rows = rows;
    }

    public ImmutableArray<TableColumn> Columns { get; }

    public ImmutableArray<ImmutableArray<Cell>> Rows { get; }

    /// <summary>The format of one cell: its own if it has one, else its column's.</summary>
    public CellFormat FormatOf(int row, int column) => Rows[row][column].Format ?? Columns[column].Format;
}
