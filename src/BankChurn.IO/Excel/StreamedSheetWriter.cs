using System.Globalization;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using ReportCell = BankChurn.Core.Report.Cell;
using Sheet = BankChurn.Core.Report.Sheet;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes a sheet whose rows come from a <see cref="RowStream"/> straight as worksheet XML bytes: one row in
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
    /// <remarks>
    /// The XML is written as bytes by <see cref="Utf8XmlWriter"/>, not with the SDK's <c>OpenXmlWriter</c>: that one costs
    /// about 0.7 µs per cell (schema-aware elements, attribute objects, numbers formatted to strings), six minutes for
    /// the hundred million cells of a million clients' lists. The elements are the ones the SDK wrote (dimension, frozen
    /// view, row height, widths, rows, autofilter), in the schema's order. The zip entry's deflate runs on a second thread
    /// (see <see cref="Utf8XmlWriter"/>): compressing the XML costs about as much as producing it.
    /// </remarks>
    public static (int HeaderRow, int LastRow) WritePart(
        Stream part, Sheet sheet, IEnumerator<ReportCell[]> rows, long rowsInPart, double[] widths, StreamedCells cells, bool selected)
    {
        Core.Report.Table table = sheet.Table;
        int columns = table.Columns.Length;
        int headerRow = HeaderRow(sheet);
        int lastRow = headerRow + (int)rowsInPart;
        string lastColumn = WorksheetBuilder.ColumnName(columns - 1);
        uint[] styles = [.. table.Columns.Select(c => XlsxStyles.For(c.Format))];
        string topLeft = "A" + (headerRow + 1).ToString(CultureInfo.InvariantCulture);

        using var xml = new Utf8XmlWriter(part, background: true);
        xml.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
        xml.Raw(Invariant($"<dimension ref=\"A1:{lastColumn}{lastRow}\"/>"));
        xml.Raw(Invariant($"<sheetViews><sheetView{(selected ? " tabSelected=\"1\"" : "")} workbookViewId=\"0\">"));
        xml.Raw(Invariant($"<pane ySplit=\"{headerRow}\" topLeftCell=\"{topLeft}\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        xml.Raw(Invariant($"<selection pane=\"bottomLeft\" activeCell=\"{topLeft}\" sqref=\"{topLeft}\"/></sheetView></sheetViews>"));
        xml.Raw("<sheetFormatPr defaultRowHeight=\"15\"/><cols>"u8);
        for (int c = 0; c < widths.Length; c++)
            xml.Raw(Invariant($"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{widths[c]:R}\" customWidth=\"1\"/>"));
        xml.Raw("</cols><sheetData>"u8);
        if (sheet.Title is { } title)
        {
            xml.Raw("<row r=\"1\">"u8);
            cells.HeaderCell(xml, 1, 0, title, XlsxStyles.Title);
            xml.Raw("</row>"u8);
        }

        xml.Raw(Invariant($"<row r=\"{headerRow}\">"));
        for (int c = 0; c < columns; c++)
            cells.HeaderCell(xml, headerRow, c, table.Columns[c].Header, XlsxStyles.Header);
        xml.Raw("</row>"u8);

        int rowNumber = headerRow;
        for (long written = 0; written < rowsInPart; written++)
        {
            if (!rows.MoveNext())
                throw new InvalidOperationException($"The rows of sheet '{sheet.Name}' ended before the {sheet.RowCount} promised.");
            cells.WriteRow(xml, ++rowNumber, rows.Current, styles);
        }

        xml.Raw(Invariant($"</sheetData><autoFilter ref=\"A{headerRow}:{lastColumn}{lastRow}\"/></worksheet>"));
        xml.Finish();
        return (headerRow, lastRow);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

