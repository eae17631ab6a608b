using BankChurn.Core.Report;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

public class CellTextTests
{
    [Theory]
    [InlineData("ru", 0.182, CellFormat.Percent, "18,2\u00A0%")]
    [InlineData("en", 0.182, CellFormat.Percent, "18.2%")]
    [InlineData("ru", 1.0, CellFormat.Percent, "100,0\u00A0%")]
    [InlineData("ru", -0.00001, CellFormat.Percent, "0,0\u00A0%")]
    [InlineData("ru", 1_250_000.4, CellFormat.Money, "1\u00A0250\u00A0000\u00A0₽")]
    [InlineData("en", 1_250_000.0, CellFormat.Money, "1,250,000\u00A0₽")]
    [InlineData("ru", 10_000.0, CellFormat.Integer, "10\u00A0000")]
    [InlineData("ru", 0.2699, CellFormat.Decimal, "0,27")]
    [InlineData("en", 2.5, CellFormat.Integer, "3")]
    [InlineData("ru", 0.5, CellFormat.Text, "0,5")]
    public void Format_Number_InReportLanguage(string language, double value, CellFormat format, string expected) =>
        Assert.Equal(expected, CellText.For(language).Format(value, format));

    [Fact]
    public void Format_Empty_IsADash() => Assert.Equal("—", CellText.For("ru").Format(Cell.Empty, CellFormat.Percent));

    [Fact]
    public void Format_Text_Verbatim() => Assert.Equal("=1+1", CellText.For("ru").Format("=1+1", CellFormat.Integer));

    [Fact]
    public void Format_Date_ByLanguage()
    {
        Assert.Equal("01.12.2026", CellText.For("ru").Format(new DateOnly(2026, 12, 1), CellFormat.Date));
        Assert.Equal("2026-12-01", CellText.For("en").Format(new DateOnly(2026, 12, 1), CellFormat.Date));
    }
}
