using BankChurn.Core.Report;
using BankChurn.IO.Pdf;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XlsxSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace BankChurn.IO.Excel;

/// <summary>Writes every sheet of the report into one .xlsx workbook with real numbers, number formats, frozen headers and filters.</summary>
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

        // The package is built in memory (System.IO.Packaging needs to seek), then copied with stable ids, part names
        // and entry dates: the same report gives the same bytes.
        using var buffer = new MemoryStream();
        WritePackage(report, buffer);
        buffer.Position = 0;
        StablePackage.Rewrite(buffer, stream, report.Meta.GeneratedAt);
    }

    private static void WritePackage(Report report, Stream stream)
    {
        ReportMeta meta = report.Meta;
        PdfSharp.Drawing.XColor brand = SlideTheme.ParseColor(meta.BrandColor, meta.ConfigFile);
        string brandRgb = $"{brand.R:X2}{brand.G:X2}{brand.B:X2}";
        var text = CellText.For(meta.Language);

        using SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = meta.Title;
        document.PackageProperties.Creator = "BankChurn";
        document.PackageProperties.Subject = meta.Period;
        // The pinned report timestamp, not the clock: identical input gives identical properties.
        document.PackageProperties.Created = meta.GeneratedAt.UtcDateTime;
        document.PackageProperties.Modified = meta.GeneratedAt.UtcDateTime;

        WorkbookPart workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create(brandRgb, meta.Language);
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var filters = new DefinedNames();
        List<string> names = SheetNames.MakeValid(report.Sheets.Select(s => s.Name));

        for (int i = 0; i < report.Sheets.Length; i++)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            (Worksheet worksheet, int headerRow, int lastRow) = WorksheetBuilder.Build(report.Sheets[i], strings, text);
            if (i == 0)
                worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.TabSelected = true;
            worksheetPart.Worksheet = worksheet;
            sheets.Append(new XlsxSheet { Name = names[i], SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(worksheetPart) });

            // Excel records an autofilter's range under this hidden name too; LibreOffice relies on it.
            string last = WorksheetBuilder.ColumnName(report.Sheets[i].Table.Columns.Length - 1);
            string quoted = "'" + names[i].Replace("'", "''", StringComparison.Ordinal) + "'";
            filters.Append(new DefinedName($"{quoted}!$A${headerRow}:${last}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }

        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            filters);
        workbookPart.Workbook.Save();
    }
}
