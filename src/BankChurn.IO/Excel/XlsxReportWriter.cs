using System.IO.Compression;
using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportCell = BankChurn.Core.Report.Cell;
using ReportSheet = BankChurn.Core.Report.Sheet;
using XlsxSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes every sheet of the report into one .xlsx workbook with real numbers, number formats, frozen headers and
/// filters. Ordinary sheets are built as a document tree (they are small and get data bars and a native chart);
/// sheets with streamed rows (the client lists) are written row by row as XML bytes (<see cref="StreamedSheetWriter"/>),
/// over several tabs when Excel's row limit needs it.
/// </summary>
/// <remarks>
/// The SDK (2.20) only opens packages for update, and an updated zip keeps every part uncompressed in memory until it
/// is closed: gigabytes for a million-client list. So the package is made in two passes: the SDK writes the small
/// workbook with an empty placeholder for each streamed tab (it owns content types, relationships and styles), then
/// its entries are copied into the output zip, opened for creation, which compresses and sends each entry as it is
/// written, and each placeholder is replaced by the streamed rows. The shared strings go last, once the lists have
/// added theirs.
/// </remarks>
public sealed class XlsxReportWriter : IReportWriter
{
    public string FileName => "segments.xlsx";

    /// <exception cref="Core.InputException">The brand colour is malformed.</exception>
    public void Write(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        if (report.Sheets.IsEmpty)
            throw new ArgumentException("A workbook needs at least one sheet; the composer always adds the run parameters.", nameof(report));

        ReportMeta meta = report.Meta;
        PdfSharp.Drawing.XColor brand = SlideTheme.ParseColor(meta.BrandColor, meta.ConfigFile);
        string brandRgb = $"{brand.R:X2}{brand.G:X2}{brand.B:X2}";
        var text = CellText.For(meta.Language);
        var strings = new SharedStrings();

        using var skeleton = new MemoryStream();
        (Dictionary<string, StreamedTab> streamed, string sharedStringsEntry) = WriteSkeleton(report, skeleton, strings, text, brandRgb);
        skeleton.Position = 0;
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read);
        using (var target = new ZipArchive(new WriteOnlyStream(stream), ZipArchiveMode.Create, leaveOpen: true))
        {
            var cells = new StreamedCells(strings);
            // A list split over several tabs is read in one pass: each tab continues the enumeration where the previous one
            // stopped (the tabs of a sheet come in order), instead of producing and skipping all the earlier tabs' rows again.
            var open = new Dictionary<ReportSheet, (IEnumerator<ReportCell[]> Rows, long Position)>();
            try
            {
                // The skeleton's parts are copied canonically (stable relationship ids, part names and entry dates, so the
                // same report gives the same bytes); the placeholders get the streamed rows; the shared strings come last,
                // once the lists have added their texts.
                StablePackage.CopyAll(source, target, meta.GeneratedAt, (name, output) =>
                {
                    if (!streamed.TryGetValue(name, out StreamedTab? tab))
                        return false;
                    IEnumerator<ReportCell[]> rows = RowsFrom(open, tab);
                    StreamedSheetWriter.WritePart(output, tab.Sheet, rows, tab.Rows, tab.Widths, cells, tab.Selected);
                    open[tab.Sheet] = (rows, tab.FirstRow + tab.Rows);
                    return true;
                }, skip: sharedStringsEntry);
            }
            finally
            {
                foreach ((IEnumerator<ReportCell[]> rows, _) in open.Values)
                    rows.Dispose();
            }

            ZipArchiveEntry table = target.CreateEntry(sharedStringsEntry, CompressionLevel.Fastest);
            table.LastWriteTime = StablePackage.ZipTime(meta.GeneratedAt);
            using Stream tableStream = table.Open();
            strings.ToTable().Save(tableStream);
        }

        stream.Flush();
    }

    /// <summary>The sheet's rows from the tab's first row: the open enumeration when it stands there, else a new one skipped to it.</summary>
    private static IEnumerator<ReportCell[]> RowsFrom(Dictionary<ReportSheet, (IEnumerator<ReportCell[]> Rows, long Position)> open, StreamedTab tab)
    {
        if (open.Remove(tab.Sheet, out var current))
        {
            if (current.Position == tab.FirstRow)
                return current.Rows;
            current.Rows.Dispose();
        }

        IEnumerator<ReportCell[]> rows = tab.Sheet.Table.Rows.Select(r => r.ToArray()).Concat(tab.Sheet.Stream!.Rows()).GetEnumerator();
        for (long skipped = 0; skipped < tab.FirstRow && rows.MoveNext(); skipped++)
        {
        }

        return rows;
    }

    /// <summary>A streamed tab waiting to be written in place of its placeholder part.</summary>
    private sealed record StreamedTab(ReportSheet Sheet, long FirstRow, long Rows, double[] Widths, bool Selected);

    /// <summary>The workbook with placeholders; returns the placeholders by zip entry name, and the shared strings' entry name.</summary>
    private static (Dictionary<string, StreamedTab> Streamed, string SharedStrings) WriteSkeleton(
        Report report, Stream stream, SharedStrings strings, CellText text, string brandRgb)
    {
        ReportMeta meta = report.Meta;
        var streamed = new Dictionary<string, StreamedTab>(StringComparer.Ordinal);
        string sharedStringsEntry;
        using (SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = meta.Title;
            document.PackageProperties.Creator = "BankChurn";
            document.PackageProperties.Subject = meta.Period;
            // The pinned report timestamp, not the clock: identical input gives identical properties.
            document.PackageProperties.Created = meta.GeneratedAt.UtcDateTime;
            document.PackageProperties.Modified = meta.GeneratedAt.UtcDateTime;

            WorkbookPart workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create(brandRgb, meta.Language);
            var sheets = new Sheets();
            var filters = new DefinedNames();

            // One tab per sheet, or several for a streamed list longer than a worksheet holds ("Клиенты", "Клиенты (2)", …).
            var tabs = report.Sheets.SelectMany(s => Enumerable.Repeat(s, s.Stream is null ? 1 : StreamedSheetWriter.Parts(s))).ToList();
            List<string> names = SheetNames.MakeValid(tabs.Select(s => s.Name));

            int tab = 0;
            foreach (ReportSheet sheet in report.Sheets)
            {
                if (sheet.Stream is null)
                {
                    var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                    (int headerRow, int lastRow) = WriteTree(worksheetPart, sheet, names[tab], strings, text, brandRgb, tab == 0);
                    AddTab(workbookPart, worksheetPart, sheets, filters, names[tab], tab, sheet.Table.Columns.Length, headerRow, lastRow);
                    tab++;
                    continue;
                }

                double[] widths = StreamedSheetWriter.Widths(sheet, text);
                int perPart = StreamedSheetWriter.RowsPerPart(sheet);
                int header = StreamedSheetWriter.HeaderRow(sheet);
                for (int part = 0; part < StreamedSheetWriter.Parts(sheet); part++)
                {
                    long first = (long)part * perPart;
                    long rows = Math.Min(sheet.RowCount - first, perPart);
                    var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                    worksheetPart.Worksheet = new Worksheet(new SheetData());
                    streamed.Add(worksheetPart.Uri.OriginalString.TrimStart('/'), new StreamedTab(sheet, first, rows, widths, tab == 0));
                    AddTab(workbookPart, worksheetPart, sheets, filters, names[tab], tab, sheet.Table.Columns.Length, header, header + (int)rows);
                    tab++;
                }
            }

            // A placeholder: the real table is written after the streamed lists have added their texts.
            SharedStringTablePart sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable();
            sharedStringsEntry = sharedStrings.Uri.OriginalString.TrimStart('/');
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheets,
                filters);
            workbookPart.Workbook.Save();
        }

        return (streamed, sharedStringsEntry);
    }

    /// <summary>An ordinary sheet as a document tree, with data bars and a chart when the sheet asks for them.</summary>
    private static (int HeaderRow, int LastRow) WriteTree(
        WorksheetPart part, ReportSheet sheet, string name, SharedStrings strings, CellText text, string brandRgb, bool selected)
    {
        (Worksheet worksheet, int headerRow, int lastRow) = WorksheetBuilder.Build(sheet, strings, text);
        if (selected)
            worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.TabSelected = true;
        if (sheet.DataBarColumn is { } barColumn && lastRow > headerRow)
        {
            string column = WorksheetBuilder.ColumnName(barColumn);
            worksheet.Append(XlsxStyles.DataBars($"{column}{headerRow + 1}:{column}{lastRow}"));
        }

        part.Worksheet = worksheet;
        if (sheet.Chart is { } chart && lastRow > headerRow)
            worksheet.Append(XlsxChart.Add(part, name, chart, sheet.Table, headerRow, brandRgb));
        return (headerRow, lastRow);
    }

    private static void AddTab(
        WorkbookPart workbookPart, WorksheetPart worksheetPart, Sheets sheets, DefinedNames filters, string name, int tab, int columns, int headerRow, int lastRow)
    {
        sheets.Append(new XlsxSheet { Name = name, SheetId = (uint)(tab + 1), Id = workbookPart.GetIdOfPart(worksheetPart) });

        // Excel records an autofilter's range under this hidden name too; LibreOffice relies on it.
        string last = WorksheetBuilder.ColumnName(columns - 1);
        string quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
        filters.Append(new DefinedName($"{quoted}!$A${headerRow}:${last}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)tab, Hidden = true });
    }
}
