using System.Text;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

/// <summary>Encoding, separator, decimal mark and line break: detected from the file, or taken from the settings.</summary>
public sealed class ClientsCsvFormatTests : IDisposable
{
    private readonly CsvTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void ShouldBeTheFixture(LoadedClients loaded)
    {
        ClientTable table = loaded.Table;
        loaded.RowsRead.Should().Be(4);
        table.RowCount.Should().Be(4);
        table.UserIds.Should().Equal(1, 2, 3, 4);
        table.Numeric("score").Values.Sum().Should().Be(3469);
        table.Numeric("balance").Values.Where(v => !double.IsNaN(v)).Sum().Should().BeApproximately(2434555.41, 1e-6);
        table.Numeric("est_salary").Values[0].Should().Be(75719.14);
        table.Churned.Should().Equal(0, 3);
        table.Category("city").Levels.Should().Equal("Рыбинск", "Ярославль", "Ростов");
        table.Category("city").Codes.Should().Equal(0, 1, 2, 1);
        table.Category("gender").Levels.Should().Equal("Ж", "М");
        table.SourceLines.Should().Equal(2, 3, 4, 5);
    }

    [Fact]
    public void Read_Utf8WithoutBom_IsDetected()
    {
        string path = _folder.Write(CsvTestFolder.Table());
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        ShouldBeTheFixture(loaded);
        loaded.Format.Should().Be(new DetectedFormat("utf-8", ',', '.', ByteOrderMark: false, LineBreak: "LF"));
    }

    [Fact]
    public void Read_Utf8WithBomAndCrlf_IsDetectedAndTheBomIsNotPartOfTheFirstHeader()
    {
        string path = _folder.Write(CsvTestFolder.Table(lineBreak: "\r\n"), new UTF8Encoding(true));
        File.ReadAllBytes(path)[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        ShouldBeTheFixture(loaded);
        loaded.Format.Should().Be(new DetectedFormat("utf-8", ',', '.', ByteOrderMark: true, LineBreak: "CRLF"));
    }

    [Fact]
    public void Read_Windows1251WithCyrillicCities_IsDetected()
    {
        string path = _folder.Write(CsvTestFolder.Table(';', ','), CsvTestFolder.Windows1251);
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        ShouldBeTheFixture(loaded);
        loaded.Format.Should().Be(new DetectedFormat("windows-1251", ';', ',', ByteOrderMark: false, LineBreak: "LF"));
    }

    [Fact]
    public void Read_Windows1251WithCommaSeparator_IsDetected()
    {
        string path = _folder.Write(CsvTestFolder.Table(lineBreak: "\r\n"), CsvTestFolder.Windows1251);
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        ShouldBeTheFixture(loaded);
        loaded.Format.Encoding.Should().Be("windows-1251");
    }

    [Theory]
    [InlineData(',', '.')]
    [InlineData(';', '.')]
    [InlineData(';', ',')]
    [InlineData('\t', '.')]
    [InlineData('\t', ',')]
    public void Read_SeparatorAndDecimalMark_AreDetected(char separator, char decimalMark)
    {
        string path = _folder.Write(CsvTestFolder.Table(separator, decimalMark));
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        ShouldBeTheFixture(loaded);
        loaded.Format.Separator.Should().Be(separator);
        loaded.Format.DecimalMark.Should().Be(decimalMark);
    }

    [Fact]
    public void Read_SemicolonFileWithDecimalCommas_DoesNotTakeTheCommaForTheSeparator()
    {
        // Every data line has more commas than semicolons; the header has none, so the header decides.
        string path = _folder.Write(CsvTestFolder.Table(';', ','));
        ClientsCsv.Read(CsvTestFolder.Settings(path)).Format.Separator.Should().Be(';');
    }

    [Fact]
    public void Read_OverriddenEncoding_IsUsedEvenWhereDetectionWouldDisagree()
    {
        // The file is UTF-8; forcing 1251 must decode each UTF-8 byte as a 1251 character.
        string path = _folder.Write(CsvTestFolder.Table());
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path, encoding: "windows-1251", separator: ',', decimalMark: '.'));
        loaded.Format.Should().Be(new DetectedFormat("windows-1251", ',', '.', ByteOrderMark: false, LineBreak: "LF"));
        string mojibake = CsvTestFolder.Windows1251.GetString(Encoding.UTF8.GetBytes("Рыбинск"));
        loaded.Table.Category("city").Levels[0].Should().Be(mojibake);
    }

    [Fact]
    public void Read_OverriddenSeparator_IsUsedEvenWhereDetectionWouldDisagree()
    {
        string path = _folder.Write(CsvTestFolder.Table(';', ','));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, separator: '\t'));
        act.Should().Throw<InputException>().WithMessage("*headers found: \"user_id;score;city;*");
    }

    [Fact]
    public void Read_Windows1251AfterAnAsciiStartLongerThanTheSample_AsksForTheEncoding()
    {
        // Detection looks at the first 256 KiB only; a 1251 city name after that must not become a garbled level.
        var text = new StringBuilder(CsvTestFolder.Header).Append('\n');
        int rows = 0;
        while (text.Length < 300 * 1024)
            text.Append(++rows).Append(",850.0,Omsk,M,25.0,1,100.5,2,0,1,75719.14,0\n");
        text.Append(rows + 1).Append(",850.0,Рыбинск,Ж,25.0,1,100.5,2,0,1,75719.14,0\n");
        string path = _folder.Write(text.ToString(), CsvTestFolder.Windows1251);
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>().Where(e => e.Location.Line == rows + 2)
            .WithMessage("*not valid UTF-8*encoding: windows-1251*");
    }

    [Fact]
    public void Read_OverriddenDecimalMark_ReadsThePointAsAnError()
    {
        // Proof the override is applied: with ',' forced, the point-decimal cells no longer parse.
        string path = _folder.Write(CsvTestFolder.Table(';', '.'));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, decimalMark: ','));
        act.Should().Throw<InputException>().WithMessage("*\"850.0\" is not a number*");
    }

    [Fact]
    public void Read_UnknownEncodingSetting_IsAUsageError()
    {
        string path = _folder.Write(CsvTestFolder.Table());
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, encoding: "koi8-r"));
        act.Should().Throw<InputException>().Where(e => e.Kind == ProblemKind.Usage)
            .WithMessage("*\"koi8-r\" is not supported*utf-8 or windows-1251*");
    }

    [Fact]
    public void Read_DecimalMarkEqualToSeparator_IsAUsageError()
    {
        string path = _folder.Write(CsvTestFolder.Table());
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, separator: ',', decimalMark: ','));
        act.Should().Throw<InputException>().Where(e => e.Kind == ProblemKind.Usage).WithMessage("*same as the field separator*");
    }

    [Fact]
    public void Read_QuotedFields_AreUnquoted()
    {
        string path = _folder.Write(CsvTestFolder.Lines(
            "\"user_id\";\"score\";\"city\";\"gender\";\"age\";\"equity\";\"balance\";\"products\";\"credit_card\";\"last_activity\";\"est_salary\";\"churn\"",
            "\"1\";\"850,5\";\"Ярославль; центр\";\"Ж\";\"25\";\"1\";\"\";\"2\";\"0\";\"1\";\"75719,14\";\"1\""));
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        loaded.Format.Separator.Should().Be(';');
        loaded.Format.DecimalMark.Should().Be(',');
        loaded.Table.Numeric("score").Values.Should().Equal(850.5);
        loaded.Table.Category("city").Levels.Should().Equal("Ярославль; центр");
        loaded.Table.Numeric("balance").IsMissing(0).Should().BeTrue();
    }
}
