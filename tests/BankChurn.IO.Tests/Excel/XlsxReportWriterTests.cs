using System.Text;
using BankChurn.Core.Report;
using BankChurn.IO.Excel;
using BankChurn.IO.Tests.Pdf;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using CellFormat = BankChurn.Core.Report.CellFormat;
using Sheet = BankChurn.Core.Report.Sheet;
using Table = BankChurn.Core.Report.Table;
using TableColumn = BankChurn.Core.Report.TableColumn;

namespace BankChurn.IO.Tests.Excel;

public class XlsxReportWriterTests(ITestOutputHelper output)
{
    static XlsxReportWriterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Write(Report report)
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>Every sheet as rows of typed values and number formats, as ExcelDataReader (an independent reader) sees them.</summary>
    private static List<(string Name, List<(object?[] Values, string?[] Formats)> Rows)> Read(byte[] bytes)
    {
        var sheets = new List<(string, List<(object?[], string?[])>)>();
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes));
        do
        {
            var rows = new List<(object?[], string?[])>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var formats = new string?[reader.FieldCount];
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i);
                    formats[i] = reader.GetNumberFormatString(i);
                }

                rows.Add((values, formats));
            }

            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    [Fact]
    public void Write_SampleWorkbook_PassesOpenXmlValidator()
    {
        byte[] bytes = Write(SampleReport.Create());

        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToList();
        foreach (ValidationErrorInfo error in errors)
            output.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Write_OneSheetPerReportSheet_InOrder()
    {
        var sheets = Read(Write(SampleReport.Create()));

        Assert.Equal(["Качество данных", "Параметры запуска"], sheets.Select(s => s.Name));
    }

    [Fact]
    public void Write_TitledSheet_TitleThenHeaderThenTypedNumbersWithFormats()
    {
        var rows = Read(Write(SampleReport.Create()))[0].Rows;

        Assert.Equal("Пропуски по столбцам", rows[0].Values[0]);
        Assert.All(rows[1].Values, Assert.Null);
        Assert.Equal(["Столбец", "Пропусков", "Доля пропусков", "Комментарий"], rows[2].Values);
        (object?[] balance, string?[] formats) = rows[3];
        Assert.Equal("balance", balance[0]);
        Assert.Equal(2295.0, Assert.IsType<double>(balance[1]));
        Assert.Equal(0.2295, Assert.IsType<double>(balance[2]));
        Assert.Equal("#,##0", formats[1]);
        Assert.Equal("0.0%", formats[2]);
        Assert.Equal(9, rows.Count); // title, blank, header, six data rows
    }

    [Fact]
    public void Write_EmptyCells_StayEmpty()
    {
        var rows = Read(Write(SampleReport.Create()))[0].Rows;
        object?[] gender = rows[^1].Values;

        Assert.Equal("gender", gender[0]);
        Assert.Null(gender[1]);
        Assert.Null(gender[2]);
    }

    [Fact]
    public void Write_CellFormatOverride_MixedValueColumn()
    {
        var rows = Read(Write(SampleReport.Create()))[1].Rows;

        Assert.Equal(["Параметр", "Значение"], rows[0].Values);
        (object?[] read, string?[] readFormat) = rows.Single(r => Equals(r.Values[0], "Строк прочитано"));
        Assert.Equal(10074.0, Assert.IsType<double>(read[1]));
        Assert.Equal("#,##0", readFormat[1]);
        (object?[] alpha, string?[] alphaFormat) = rows.Single(r => Equals(r.Values[0], "Уровень значимости"));
        Assert.Equal(0.05, Assert.IsType<double>(alpha[1]));
        Assert.Equal("0.00", alphaFormat[1]);
        (object?[] date, string?[] dateFormat) = rows.Single(r => Equals(r.Values[0], "Дата отчёта"));
        Assert.Equal(new DateTime(2026, 12, 1), Assert.IsType<DateTime>(date[1]));
        Assert.Equal("dd.mm.yyyy", dateFormat[1]);
        Assert.Equal("data/bank_scrooge.csv", rows.Single(r => Equals(r.Values[0], "Файл данных")).Values[1]);
    }

    [Fact]
    public void Write_MoneyColumn_RoubleFormat()
    {
        var table = new Table([new TableColumn("Сегмент"), new TableColumn("Ценность", CellFormat.Money)], [["A", 1_250_000.5]]);
        var rows = Read(Write(SampleReport.Create() with { Sheets = [new Sheet("Деньги", null, table)] }))[0].Rows;

        Assert.Equal(1_250_000.5, rows[1].Values[1]);
        Assert.Equal("#,##0\\ \"₽\"", rows[1].Formats[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void Write_FormulaLikeText_StaysLiteralText(string text)
    {
        var table = new Table([new TableColumn("Город"), new TableColumn("Клиентов", CellFormat.Integer)], [[text, 1]]);
        byte[] bytes = Write(SampleReport.Create() with { Sheets = [new Sheet("Данные", null, table)] });

        Assert.Equal(text, Read(bytes)[0].Rows[1].Values[0]);
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        foreach (WorksheetPart part in document.WorkbookPart!.WorksheetParts)
        {
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
            using var reader = new StreamReader(part.GetStream());
            string xml = reader.ReadToEnd();
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_HeaderFrozen_AutofilterOverTheTable()
    {
        byte[] bytes = Write(SampleReport.Create());
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        WorkbookPart workbook = document.WorkbookPart!;
        DocumentFormat.OpenXml.Spreadsheet.Sheet quality = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        Worksheet worksheet = ((WorksheetPart)workbook.GetPartById(quality.Id!)).Worksheet;

        Pane pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(3.0, pane.VerticalSplit!.Value);
        Assert.Equal("A4", pane.TopLeftCell!.Value);
        Assert.Equal("A3:D9", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        DefinedName filter = workbook.Workbook.DefinedNames!.Elements<DefinedName>().First();
        Assert.Equal("_xlnm._FilterDatabase", filter.Name!.Value);
        Assert.Equal("'Качество данных'!$A$3:$D$9", filter.Text);
    }

    [Fact]
    public void Write_ColumnWidths_FollowContent()
    {
        var table = new Table(
            [new TableColumn("N", CellFormat.Integer), new TableColumn("Рекомендация")],
            [[1, "Позвонить клиенту и предложить вторую карту с кешбэком на АЗС"]]);
        byte[] bytes = Write(SampleReport.Create() with { Sheets = [new Sheet("Ширина", null, table)] });
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Column[] columns = [.. document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Column>()];

        Assert.Equal(8, columns[0].Width!.Value);
        Assert.InRange(columns[1].Width!.Value, 60, 60);
    }

    [Fact]
    public void Write_ControlCharactersAndBadSheetNames_StillAValidWorkbook()
    {
        var table = new Table([new TableColumn("Текст\u0001")], [["a\u0000b\u0007c"], [" leading space"]]);
        Report report = SampleReport.Create() with
        {
            Sheets = [new Sheet("Сегменты: [топ] 10/11?", null, table), new Sheet("сегменты топ 10 11", null, table)],
        };
        byte[] bytes = Write(report);

        using (SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
        var sheets = Read(bytes);
        Assert.Equal(["Сегменты топ 10 11", "сегменты топ 10 11 (2)"], sheets.Select(s => s.Name));
        Assert.Equal("a\uFFFDb\uFFFDc", sheets[0].Rows[1].Values[0]);
        Assert.Equal(" leading space", sheets[0].Rows[2].Values[0]);
    }

    [Fact]
    public void Write_ToForwardOnlyStream_Works()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
            new XlsxReportWriter().Write(SampleReport.Create(), forwardOnly);

        Assert.Equal(2, Read(target.ToArray()).Count);
    }

    [Fact]
    public void Write_NoSheets_Throws() =>
        Assert.Throws<ArgumentException>(() => Write(SampleReport.Create() with { Sheets = [] }));

    [Fact]
    public void FileName_IsSegmentsXlsx() => Assert.Equal("segments.xlsx", new XlsxReportWriter().FileName);

    /// <summary>A write-only, non-seekable wrapper, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
