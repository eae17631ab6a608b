using System.Globalization;
using System.Text;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Csv;

/// <summary>
/// Writes a <see cref="ClientTable"/> as CSV in the layout of the bank's own extract: its header, comma separated,
/// UTF-8 without BOM, LF line ends, numbers in invariant culture the way pandas prints them (850.0, 59214.82),
/// whole-number columns as integers, and an empty cell for a missing value.
/// Formats each row into one reusable character buffer, so ten million rows cost no string per cell.
/// </summary>
public sealed class ClientsCsvWriter
{
    /// <summary>The real extract's header, with its upper-case USERID and EST_SALARY.</summary>
    public const string Header = "USERID,score,city,gender,age,equity,balance,products,credit_card,last_activity,EST_SALARY,churn";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The canonical columns in header order after USERID (churn, the last, comes from the churn set).</summary>
    private static readonly string[] Columns =
    [
        ClientSchema.Score, ClientSchema.City, ClientSchema.Gender, ClientSchema.Age, ClientSchema.Equity,
        ClientSchema.Balance, ClientSchema.Products, ClientSchema.CreditCard, ClientSchema.LastActivity, ClientSchema.EstSalary,
    ];

    /// <summary>Writes every row of <paramref name="table"/> to <paramref name="stream"/>, leaving the stream open.</summary>
    public void Write(ClientTable table, Stream stream)
    {
        var cells = new Cell[Columns.Length];
        for (int i = 0; i < Columns.Length; i++)
            cells[i] = Cell.For(table, Columns[i]);

        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> line = stackalloc char[1024];
        for (int row = 0; row < table.RowCount; row++)
        {
            if (!table.UserIds[row].TryFormat(line, out int at, provider: CultureInfo.InvariantCulture))
                Cell.Overflow();
            foreach (Cell cell in cells)
            {
                line[at++] = ',';
                at += cell.Format(row, line[at..]);
            }
            line[at++] = ',';
            line[at++] = table.Churned.Contains(row) ? '1' : '0';
            line[at++] = '\n';
            writer.Write(line[..at]);
        }
    }

    /// <summary>How one column's cells are written: a category's (pre-quoted) level, or a number.</summary>
    private sealed class Cell
    {
        private readonly NumericColumn? _numeric;
        private readonly bool _wholeNumber;
        private readonly CategoryColumn? _category;
        private readonly string[] _levels = [];

        private Cell(NumericColumn? numeric, bool wholeNumber, CategoryColumn? category)
        {
            _numeric = numeric;
            _wholeNumber = wholeNumber;
            _category = category;
            if (category is not null)
                _levels = [.. category.Levels.Select(Quote)];
        }

        public static Cell For(ClientTable table, string name)
        {
            if (table.NumericColumns.TryGetValue(name, out NumericColumn? numeric))
                return new Cell(numeric, ClientSchema.Find(name)?.WholeNumber ?? false, null);
            if (table.CategoryColumns.TryGetValue(name, out CategoryColumn? category))
                return new Cell(null, false, category);
            return new Cell(null, false, null); // a column the table lacks is written as empty cells
        }

        /// <summary>Formats row <paramref name="row"/> into <paramref name="destination"/> and returns the number of characters.</summary>
        public int Format(int row, Span<char> destination)
        {
            if (_category is not null)
            {
                int code = _category.Codes[row];
                if (code == CategoryColumn.MissingCode)
                    return 0;
                string level = _levels[code];
                level.AsSpan().CopyTo(destination);
                return level.Length;
            }
            if (_numeric is null || _numeric.IsMissing(row))
                return 0;
            double value = _numeric.Values[row];
            if (!double.IsFinite(value))
                return 0; // never write NaN or Infinity; a non-finite value can only mean "unknown"
            int written;
            if (_wholeNumber && value == Math.Floor(value) && Math.Abs(value) < 1e15)
                return ((long)value).TryFormat(destination, out written, provider: CultureInfo.InvariantCulture) ? written : Overflow();
            // Shortest round-trip text, with ".0" on whole values as pandas writes a float column.
            if (!value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture))
                return Overflow();
            if (destination[..written].IndexOfAny('.', 'E') < 0)
            {
                destination[written++] = '.';
                destination[written++] = '0';
            }
            else if (destination[..written].Contains('E'))
            {
                return value.TryFormat(destination, out written, "0.0###############", CultureInfo.InvariantCulture) ? written : Overflow();
            }
            return written;
        }

        public static int Overflow() => throw new InvalidOperationException("A CSV cell is longer than its buffer.");

        private static string Quote(string value) => CsvCellEscape.Field(value);
    }
}
