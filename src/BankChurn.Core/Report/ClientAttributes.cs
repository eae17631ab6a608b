using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Report;

/// <summary>
/// The client columns a list shows: the user id first, then the configured canonical columns, each read straight from
/// the columnar table into a reused row (numbers stay numbers, category levels are the table's own strings, missing is empty).
/// </summary>
internal sealed class ClientAttributes
{
    private readonly ClientTable _table;
    private readonly NumericColumn?[] _numeric;
    private readonly CategoryColumn?[] _categories;

    private ClientAttributes(ClientTable table, ImmutableArray<TableColumn> columns, NumericColumn?[] numeric, CategoryColumn?[] categories)
    {
        _table = table;
        Columns = columns;
        _numeric = numeric;
        _categories = categories;
    }

    public ImmutableArray<TableColumn> Columns { get; }

    public int Count => Columns.Length;

    /// <summary>The user id plus every named column the table has; the churn flag is left out (it is 0 on every list).</summary>
    public static ClientAttributes Of(ClientTable table, ImmutableArray<string> names, Wording w)
    {
        // The user id is a label, not an amount: General format, no digit grouping.
        var columns = new List<TableColumn> { new(ColumnNames.Of(ClientSchema.UserId, w), CellFormat.Text) };
        var numeric = new List<NumericColumn?> { null };
        var categories = new List<CategoryColumn?> { null };
        foreach (string name in names.Distinct(StringComparer.Ordinal))
        {
            if (name is ClientSchema.UserId or ClientSchema.Churn)
                continue;
            if (table.NumericColumns.TryGetValue(name, out NumericColumn? number))
            {
                columns.Add(new(ColumnNames.Of(name, w), FormatOf(name)));
                numeric.Add(number);
                categories.Add(null);
            }
            else if (table.CategoryColumns.TryGetValue(name, out CategoryColumn? category))
            {
                columns.Add(new(ColumnNames.Of(name, w)));
                numeric.Add(null);
                categories.Add(category);
            }
        }
        return new ClientAttributes(table, [.. columns], [.. numeric], [.. categories]);
    }

    /// <summary>Writes client <paramref name="row"/>'s values into <paramref name="cells"/> from <paramref name="offset"/> on.</summary>
    public void Fill(int row, Cell[] cells, int offset)
    {
        cells[offset] = Cell.Of(_table.UserIds[row]);
        for (int c = 1; c < _numeric.Length; c++)
        {
            if (_numeric[c] is { } number)
                cells[offset + c] = number.IsMissing(row) ? Cell.Empty : Cell.Of(number.Values[row]);
            else if (_categories[c]!.ValueAt(row) is { } level)
                cells[offset + c] = level;
            else
                cells[offset + c] = Cell.Empty;
        }
    }

    private static CellFormat FormatOf(string column) => column switch
    {
        ClientSchema.Balance or ClientSchema.EstSalary => CellFormat.Money,
        _ => CellFormat.Integer,
    };
}
