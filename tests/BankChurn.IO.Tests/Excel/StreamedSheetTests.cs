using System.Globalization;
using System.Text;
using BankChurn.Core.Report;
using BankChurn.IO.Excel;
using BankChurn.IO.Tests.Pdf;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using CellFormat = BankChurn.Core.Report.CellFormat;
using Sheet = BankChurn.Core.Report.Sheet;
using Table = BankChurn.Core.Report.Table;
using TableColumn = BankChurn.Core.Report.TableColumn;

namespace BankChurn.IO.Tests.Excel;

/// <summary>
/// The streamed lists' direct XML writer (<see cref="Utf8XmlWriter"/>, <see cref="StreamedCells"/>): text escaping and
/// cleaning, numbers that read back as the very same doubles, and failures of the background deflate reaching the caller.
/// </summary>
public sealed class StreamedSheetTests(ITestOutputHelper output)
{
    private static readonly string Long = new('x', 40_000);

    /// <summary>Texts that break naive XML: markup characters, quotes, control characters, formulas, line breaks, a 40,000-char text.</summary>
    private static readonly string[] Tricky =
    [
        "Tom & Jerry", "<b>bold</b>", "say \"hi\" & 'bye'", "bell\u0007tab\tnull\u0000end", "=HYPERLINK(\"http://x\",\"y\")",
        "+1+1", " padded ", "line\r\nbreak", "Ярославль 🙂", Long,
    ];

    static StreamedSheetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Text_SharedStrings_EscapedCleanedAndCut()
    {
        byte[] bytes = Write([.. Tricky.Select(t => new Cell[] { t })], CellFormat.Text);

        AssertValid(bytes);
        Assert.Equal(Tricky.Select(Expected), ReadColumn(bytes).Select(v => Assert.IsType<string>(v)));
    }

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Slow)] // 50,000 rows through the Open XML validator: the slowest non-mutation test.
    public void Text_InlinePastTheSharedStringBound_EscapedCleanedAndCut()
    {
        // The first MaxStreamedStrings distinct texts fill the shared table; the tricky ones after them are written inline.
        Cell[][] rows =
        [
            .. Enumerable.Range(0, StreamedCells.MaxStreamedStrings).Select(i => new Cell[] { "filler " + i.ToString(CultureInfo.InvariantCulture) }),
            .. Tricky.Select(t => new Cell[] { t }),
        ];
        byte[] bytes = Write(rows, CellFormat.Text);

        Assert.Contains("t=\"inlineStr\"", SheetXml(bytes), StringComparison.Ordinal);
        AssertValid(bytes);
        Assert.Equal(Tricky.Select(Expected), ReadColumn(bytes).Skip(StreamedCells.MaxStreamedStrings).Select(v => Assert.IsType<string>(v)));
    }

    [Fact]
    public void LongList_SplitOverTabs_ReadInOnePass()
    {
        // One more row than a worksheet holds under its header: the second tab continues the first pass's enumeration.
        long count = StreamedSheetWriter.MaxSheetRows;
        int passes = 0;
        IEnumerable<Cell[]> Rows()
        {
            passes++;
            var row = new Cell[1];
            for (long i = 0; i < count; i++)
            {
                row[0] = i;
                yield return row;
            }
        }

        var table = new Table([new TableColumn("n", CellFormat.Integer)], []);
        Report report = SampleReport.Create() with { Sheets = [new Sheet("Список", null, table) { Stream = new RowStream(count, Rows) }] };
        using var target = new MemoryStream();
        new XlsxReportWriter().Write(report, target);

        Assert.Equal(2, passes); // one to size the columns, one to write both tabs
        string second = SheetXml(target.ToArray(), 2);
        Assert.Contains("<row r=\"2\"><c s=\"3\"><v>1048575</v></c></row></sheetData>", second, StringComparison.Ordinal);
        Assert.EndsWith("<autoFilter ref=\"A1:A2\"/></worksheet>", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1e-7)]
    [InlineData(-0.0)]
    [InlineData(123456789.12)]
    [InlineData(-75719.05)]
    [InlineData(0.01)]
    [InlineData(0.005)]
    [InlineData(1e15)]
    [InlineData(123456789012345.6)]
    [InlineData(9007199254740993.0)] // 2^53 + 1 rounds to 2^53: whatever the double holds comes back
    [InlineData(4294967296123.0)] // a long user id
    [InlineData(1e300)]
    [InlineData(5e-324)]
    [InlineData(-1.5)]
    public void Number_ReadsBackAsTheSameDouble(double value)
    {
        byte[] bytes = Write([[value], [Cell.Of(15_000_000_000L)]], CellFormat.Integer);

        object?[] read = ReadColumn(bytes);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(read[0])));
        Assert.Equal(15_000_000_000.0, Assert.IsType<double>(read[1]));
    }

    [Fact]
    public void FormatNumber_SameTextAsRoundTripFormat()
    {
        // The fast paths (whole numbers, amounts in hundredths) must write exactly what "R" writes, so the file is unchanged.
        var random = new Random(7);
        var values = new List<double> { 0.0, -0.0, 0.01, 0.1, 0.25, 1e-5, 1e-7, 99.99, 1e13 - 0.01, 1e13 + 0.5, 1e15, 1e15 - 1, -1e15 + 1 };
        for (int i = 0; i < 20_000; i++)
        {
            values.Add(Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, random.Next(0, 14)), 2));
            values.Add(Math.Round(random.NextDouble() * 1_000_000, random.Next(0, 4)));
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-10, 20)));
        }

        var span = new byte[Utf8XmlWriter.MaxNumberBytes];
        foreach (double value in values)
        {
            int written = Utf8XmlWriter.FormatNumber(value, span);
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Encoding.ASCII.GetString(span, 0, written));
        }
    }

    [Fact]
    public void Text_EscapesMarkup_KeepsOtherCharacters()
    {
        using var target = new MemoryStream();
        using (var xml = new Utf8XmlWriter(target))
        {
            xml.Text("a&b<c>d\"e\nf\tg Ж🙂");
            xml.Finish();
        }

        Assert.Equal("a&amp;b&lt;c&gt;d&quot;e\nf\tg Ж🙂", Encoding.UTF8.GetString(target.ToArray()));
    }

    [Fact]
    public void Background_WritesTheSameBytesInOrder()
    {
        string text = string.Concat(Enumerable.Range(0, 50_000).Select(i => i.ToString(CultureInfo.InvariantCulture) + ";"));
        using var direct = new MemoryStream();
        using var background = new MemoryStream();
        foreach ((MemoryStream target, bool inBackground) in new[] { (direct, false), (background, true) })
        {
            using var xml = new Utf8XmlWriter(target, inBackground);
            for (int i = 0; i < 20; i++)
            {
                xml.Text(text);
                xml.Raw(Encoding.UTF8.GetBytes(text)); // longer than the buffer: goes through it in pieces
            }
            xml.Finish();
        }

        Assert.True(direct.Length > 1 << 20);
        Assert.Equal(direct.ToArray(), background.ToArray());
    }

    [Fact]
    public void Background_TargetFails_TheWriterThrowsTheTargetsException()
    {
        using var target = new FailingStream();
        var xml = new Utf8XmlWriter(target, background: true);
        IOException thrown = Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < 1_000; i++)
                xml.Text(new string('x', 60_000));
            xml.Finish();
        });
        xml.Dispose();

        Assert.Equal(FailingStream.Message, thrown.Message);
    }

    /// <summary>
    /// What a reader sees of a text cell: control characters replaced, cut to Excel's 32,767-character limit, and line
    /// breaks normalised by the XML parser (as for every text in the shared string table).
    /// </summary>
    private static string Expected(string text) => SharedStrings.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static byte[] Write(Cell[][] rows, CellFormat format)
    {
        var table = new Table([new TableColumn("Значение", format)], []);
        var stream = new RowStream(rows.Length, () => rows);
        Report report = SampleReport.Create() with { Sheets = [new Sheet("Список", null, table) { Stream = stream }] };
        using var target = new MemoryStream();
        new XlsxReportWriter().Write(report, target);
        return target.ToArray();
    }

    /// <summary>The first column's data values (after the header row), as ExcelDataReader reads them.</summary>
    private static object?[] ReadColumn(byte[] bytes)
    {
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes));
        var values = new List<object?>();
        reader.Read(); // header
        while (reader.Read())
            values.Add(reader.GetValue(0));
        return [.. values];
    }

    private static string SheetXml(byte[] bytes, int sheet = 1)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{sheet}.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private void AssertValid(byte[] bytes)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        foreach (ValidationErrorInfo error in errors)
            output.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        Assert.Empty(errors);
    }

    /// <summary>A target that fails like a full disk.</summary>
    private sealed class FailingStream : Stream
    {
        public const string Message = "No space left on device";

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(Message);
    }
}
