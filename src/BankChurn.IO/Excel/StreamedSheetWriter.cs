using System.Globalization;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportCell = BankChurn.Core.Report.Cell;
using Sheet = BankChurn.Core.Report.Sheet;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes a sheet whose rows come from a <see cref="RowStream"/> with the SAX-style <see cref="OpenXmlWriter"/>: one row in
/// memory at a time, so a list of a million clients never becomes a document tree. Looks like every other sheet (title,
/// frozen styled header, autofilter, fitted widths); widths are measured on the header and the first rows only.
/// A list longer than a worksheet holds continues on further sheets with the same header.
/// </summary>
internal static class StreamedSheetWriter
{
    /// <summary>Rows in a worksheet (Excel's limit, header and title included).</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Rows read to size the columns: enough to meet the long names and amounts, bounded whatever the list's length.</summary>
    public const int WidthSampleRows = 2_000;

    public static int HeaderRow(Sheet sheet) => sheet.Title is null ? 1 : 3;

    /// <summary>Data rows one worksheet of this sheet can hold.</summary>
    public static int RowsPerPart(Sheet sheet) => MaxSheetRows - HeaderRow(sheet);

    /// <summary>How many worksheets the sheet needs (at least one, which shows just the header when the list is empty).</summary>
    public static int Parts(Sheet sheet) => (int)Math.Max(1, (sheet.RowCount + RowsPerPart(sheet) - 1) / RowsPerPart(sheet));

    /// <summary>Column widths from the header, the table's own rows and the first <see cref="WidthSampleRows"/> streamed rows.</summary>
    public static double[] Widths(Sheet sheet, CellText text)
    {
        Core.Report.Table table = sheet.Table;
        var longest = new int[table.Columns.Length];
        for (int c = 0; c < longest.Length; c++)
            longest[c] = table.Columns[c].Header.Length + 3;
        IEnumerable<ReportCell[]> sample = table.Rows.Select(r => r.ToArray()).Concat((sheet.Stream?.Rows() ?? []).Take(WidthSampleRows));
        foreach (ReportCell[] row in sample)
            for (int c = 0; c < longest.Length; c++)
                longest[c] = Math.Max(longest[c], text.Format(row[c], row[c].Format ?? table.Columns[c].Format).Length);
        return [.. longest.Select(XlsxStyles.Width)];
    }

    /// <summary>
    /// Writes the next worksheet of <paramref name="sheet"/>: its title and header, then up to <see cref="RowsPerPart"/>
    /// rows taken from <paramref name="rows"/>. Returns the 1-based header and last row (for the filter's defined name).
    /// </summary>
    public static (int HeaderRow, int LastRow) WritePart(
        Stream part, Sheet sheet, IEnumerator<ReportCell[]> rows, long rowsInPart, double[] widths, StreamedCells cells, bool selected)
    {
        Core.Report.Table table = sheet.Table;
        int columns = table.Columns.Length;
        int headerRow = HeaderRow(sheet);
        int lastRow = headerRow + (int)rowsInPart;
        string lastColumn = WorksheetBuilder.ColumnName(columns - 1);
        uint[] styles = [.. table.Columns.Select(c => XlsxStyles.For(c.Format))];

        using OpenXmlWriter writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" });
        SheetView view = WorksheetBuilder.FrozenView(headerRow);
        if (selected)
            view.TabSelected = true;
        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(XlsxStyles.ColumnWidths(widths));
        writer.WriteStartElement(new SheetData());
        if (sheet.Title is { } title)
            writer.WriteElement(new Row(cells.HeaderCell(1, 0, title, XlsxStyles.Title)) { RowIndex = 1 });
        var header = new Row { RowIndex = (uint)headerRow };
        for (int c = 0; c < columns; c++)
            header.Append(cells.HeaderCell(headerRow, c, table.Columns[c].Header, XlsxStyles.Header));
        writer.WriteElement(header);

        int rowNumber = headerRow;
        for (long written = 0; written < rowsInPart; written++)
        {
            if (!rows.MoveNext())
                throw new InvalidOperationException($"The rows of sheet '{sheet.Name}' ended before the {sheet.RowCount} promised.");
            cells.WriteRow(writer, ++rowNumber, rows.Current, styles);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A{headerRow}:{lastColumn}{lastRow}" });
        writer.WriteEndElement();
        writer.Close();
        return (headerRow, lastRow);
    }
}
