using System.Text;
using BankChurn.Core.Clients;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

public sealed class RejectedRowsCsvTests
{
    [Fact]
    public void Write_Problems_AreUtf8WithBomOneLinePerProblem()
    {
        RejectedRow[] rejected =
        [
            new(3, "age", "abc", "is not a number", "AGE"),
            new(5, "city", "", "value is missing"),
            new(6, "city", "Ярославль, \"центр\"", "is odd"),
            new(7, "gender", "=HYPERLINK(1)", "is odd"),
        ];
        using var stream = new MemoryStream();

        RejectedRowsCsv.Write(rejected, stream);

        byte[] bytes = stream.ToArray();
        bytes[..3].Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes[3..]).Should().Be(
            "line,column,value,problem\r\n" +
            "3,age,abc,is not a number\r\n" +
            "5,city,,value is missing\r\n" +
            "6,city,\"Ярославль, \"\"центр\"\"\",is odd\r\n" +
            "7,gender,'=HYPERLINK(1),is odd\r\n");
    }

    [Fact]
    public void Write_NoProblems_WritesTheHeaderOnlyAndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();
        RejectedRowsCsv.Write([], stream);
        stream.CanWrite.Should().BeTrue();
        Encoding.UTF8.GetString(stream.ToArray()[3..]).Should().Be("line,column,value,problem\r\n");
    }

    [Theory]
    [InlineData("-5", "'-5")]                      // a minus before a digit starts a formula too: -2+3+cmd|' /C calc'!A0
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("-x", "'-x")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("Ярославль", "Ярославль")]
    [InlineData("+1", "'+1")]
    [InlineData("@a", "'@a")]
    [InlineData("a\nb", "\"a\nb\"")]
    public void Field_FormulaLikeOrSpecialValues_AreDefused(string value, string expected) =>
        RejectedRowsCsv.Field(value).Should().Be(expected);
}
