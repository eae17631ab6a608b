using System.Globalization;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellFormat = BankChurn.Core.Report.CellFormat;
using ReportCell = BankChurn.Core.Report.Cell;
using Sheet = BankChurn.Core.Report.Sheet;
using Table = BankChurn.Core.Report.Table;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace BankChurn.IO.Excel;

/// <summary>
/// Builds one worksheet from a <see cref="Sheet"/>: optional title row, a styled header row that stays frozen,
/// typed values (numbers as numbers, text as shared strings, never a formula), an autofilter and fitted column widths.
/// </summary>
internal static class WorksheetBuilder
{
    /// <summary>The worksheet, and the 1-based row numbers of its header and last data row (for the filter's defined name).</summary>
    public static (Worksheet Worksheet, int HeaderRow, int LastRow) Build(Sheet sheet, SharedStrings strings, CellText text)
    {
        Table table = sheet.Table;
        int columns = table.Columns.Length;
        int headerRow = sheet.Title is null ? 1 : 3;
        int lastRow = headerRow + table.Rows.Length;
        var data = new SheetData();

        if (sheet.Title is { } title)
            data.Append(new Row(TextCell(1, 0, title, XlsxStyles.Title, strings)) { RowIndex = 1 });

        var header = new Row { RowIndex = (uint)headerRow };
        for (int c = 0; c < columns; c++)
            header.Append(TextCell(headerRow, c, table.Columns[c].Header, XlsxStyles.Header, strings));
        data.Append(header);

        for (int r = 0; r < table.Rows.Length; r++)
        {
            int rowNumber = headerRow + 1 + r;
            var row = new Row { RowIndex = (uint)rowNumber };
            for (int c = 0; c < columns; c++)
            {
                if (ValueCell(rowNumber, c, table.Rows[r][c], table.FormatOf(r, c), strings) is { } cell)
                    row.Append(cell);
            }

            data.Append(row);
        }

        string lastColumn = ColumnName(columns - 1);
        var worksheet = new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" },
            new SheetViews(FrozenView(headerRow)),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Widths(table, text),
            data,
            new AutoFilter { Reference = $"A{headerRow}:{lastColumn}{lastRow}" });
        return (worksheet, headerRow, lastRow);
    }

    /// <summary>"A", "B", …, "Z", "AA" for a 0-based column index.</summary>
    public static string ColumnName(int index)
    {
        string name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    internal static SheetView FrozenView(int headerRow)
    {
        string topLeft = $"A{headerRow + 1}";
        return new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { WorkbookViewId = 0 };
    }

    private static XlsxCell TextCell(int row, int column, string value, uint style, SharedStrings strings) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(value).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static XlsxCell? ValueCell(int row, int column, ReportCell value, CellFormat format, SharedStrings strings)
    {
        string reference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        return value.Kind switch
        {
            // Text is always a shared string, so "=HYPERLINK(…)" or "+1+1" from a data file stays text and never runs.
            CellKind.Text => TextCell(row, column, value.Text!, XlsxStyles.General, strings),
            CellKind.Number => Number(reference, value.Number, XlsxStyles.For(format)),
            CellKind.Date => Number(reference, value.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyles.Date),
            _ => null,
        };
    }

    private static XlsxCell Number(string reference, double value, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    /// <summary>Each column as wide as its longest shown value or header (plus room for the filter button), within limits.</summary>
    private static Columns Widths(Table table, CellText text)
    {
        var widths = new double[table.Columns.Length];
        for (int c = 0; c < table.Columns.Length; c++)
        {
            int longest = table.Columns[c].Header.Length + 3;
            for (int r = 0; r < table.Rows.Length; r++)
                longest = Math.Max(longest, text.Format(table.Rows[r][c], table.FormatOf(r, c)).Length);
            widths[c] = XlsxStyles.Width(longest);
        }

        return XlsxStyles.ColumnWidths(widths);
    }
}
