using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

/// <summary>Every problem of the file is found, with its line, column and value; the config's policy decides what happens next.</summary>
public sealed class ClientsCsvValidationTests : IDisposable
{
    private readonly CsvTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Lines 3 (age "abc"), 5 (short row) and 6 (churn 7) are invalid; lines 2, 4 and 7 are fine.</summary>
    private string ThreeBadRows() => _folder.Write(CsvTestFolder.Lines(
        CsvTestFolder.Header,
        "1,850.0,Рыбинск,Ж,25.0,1,59214.82,2,0,1,75719.14,1",
        "2,861.0,Ярославль,М,abc,5,850594.33,3,1,0,86621.77,0",
        "3,892.0,Ростов,Ж,,0,,1,1,1,107683.34,0",
        "4,866.0,Ярославль,М,51.0,5",
        "5,730.0,Ярославль,М,34.0,5,174.0,1,1,0,174423.53,7",
        "6,790.0,Ростов,М,44.0,0,,1,1,1,99000.00,0"));

    [Fact]
    public void Read_FailPolicy_NamesEveryInvalidLineInOneMessage()
    {
        string path = ThreeBadRows();
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        InputException problem = act.Should().Throw<InputException>().Which;
        problem.Kind.Should().Be(ProblemKind.Data);
        problem.ExitCode.Should().Be(1);
        problem.Location.Should().Be(new SourceLocation(path, 3, "age"));
        problem.Message.Should().StartWith($"{path}:3 (age): 3 rows are invalid (3 problems in 6 rows read).")
            .And.Contain("set on_invalid_row: skip")
            .And.Contain("line 3, column age (\"age\"): \"abc\" is not a number")
            .And.Contain("line 5, column balance (\"balance\"): short row: 6 fields, the header has 12")
            .And.Contain("line 6, column churn (\"churn\"): \"7\" is not 0 or 1")
            .And.NotContain("more problem");
    }

    [Fact]
    public void Read_SkipPolicy_LeavesOutTheInvalidRowsAndReturnsThemAsRejected()
    {
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(ThreeBadRows(), InvalidRowPolicy.Skip));
        loaded.RowsRead.Should().Be(6);
        loaded.RowsRejected.Should().Be(3);
        loaded.Rejected.Select(r => (r.Line, r.Column, r.Value)).Should().Equal((3, "age", "abc"), (5, "balance", ""), (6, "churn", "7"));
        ClientTable table = loaded.Table;
        table.RowCount.Should().Be(3);
        table.UserIds.Should().Equal(1, 3, 6);
        table.SourceLines.Should().Equal(2, 4, 7);
        table.Churned.Should().Equal(0);
        table.Numeric("balance").Missing.Should().Equal(1, 2);
        table.Category("city").Codes.Should().Equal(0, 1, 1);
    }

    [Fact]
    public void Read_SkipPolicy_DropsLevelsSeenOnlyInRejectedRows()
    {
        string path = _folder.Write(CsvTestFolder.Lines(
            CsvTestFolder.Header,
            "1,850.0,Москва,Ж,25.0,1,59214.82,2,0,1,75719.14,9",
            "2,861.0,Ярославль,М,37.0,5,850594.33,3,1,0,86621.77,0"));
        ClientTable table = ClientsCsv.Read(CsvTestFolder.Settings(path, InvalidRowPolicy.Skip)).Table;
        table.Category("city").Levels.Should().Equal("Ярославль");
        table.Category("city").Codes.Should().Equal(0);
        table.Category("gender").Levels.Should().Equal("М");
    }

    [Theory]
    [InlineData(0, "", "column user_id (\"user_id\"): value is missing")]
    [InlineData(0, "x17", "column user_id (\"user_id\"): \"x17\" is not a number")]
    [InlineData(0, "17.5", "column user_id (\"user_id\"): \"17.5\" is not a whole number")]
    [InlineData(1, "20000", "column score (\"score\"): \"20000\" is outside 0–10000")]
    [InlineData(2, "", "column city (\"city\"): value is missing")]
    [InlineData(3, " ", "column gender (\"gender\"): value is missing")]
    [InlineData(4, "130", "column age (\"age\"): \"130\" is outside 0–120")]
    [InlineData(4, "-1", "column age (\"age\"): \"-1\" is outside 0–120")]
    [InlineData(5, "1.5", "column equity (\"equity\"): \"1.5\" is not a whole number")]
    [InlineData(6, "12,5", "column balance (\"balance\"): \"12,5\" is not a number")]
    [InlineData(7, "-1", "column products (\"products\"): \"-1\" is outside 0–100")]
    [InlineData(8, "2", "column credit_card (\"credit_card\"): \"2\" is not 0 or 1")]
    [InlineData(9, "yes", "column last_activity (\"last_activity\"): \"yes\" is not a number")]
    [InlineData(10, "-5", "column est_salary (\"est_salary\"): \"-5\" is below 0")]
    [InlineData(10, "1e999", "column est_salary (\"est_salary\"): \"1e999\" is not a number")]
    [InlineData(11, "", "column churn (\"churn\"): value is missing")]
    [InlineData(11, "0.5", "column churn (\"churn\"): \"0.5\" is not 0 or 1")]
    public void Read_InvalidCell_IsReportedWithLineColumnAndValue(int field, string value, string expected)
    {
        string[] fields = CsvTestFolder.Rows[1].Split(',');
        fields[field] = value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
        string path = _folder.Write(CsvTestFolder.Lines(CsvTestFolder.Header, CsvTestFolder.Rows[0], string.Join(',', fields)));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>().Which.Message.Should().Contain($"line 3, {expected}");
    }

    [Fact]
    public void Read_InvalidRow_QuotesOnlyTheOffendingCell()
    {
        string path = _folder.Write(CsvTestFolder.Lines(CsvTestFolder.Header, "183012,850.0,Рыбинск,Ж,abc,1,59214.82,2,0,1,75719.14,1"));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        string message = act.Should().Throw<InputException>().Which.Message;
        message.Should().Contain("\"abc\"");
        foreach (string other in new[] { "183012", "Рыбинск", "59214.82", "75719.14" })
            message.Should().NotContain(other, "client rows are personal data");
    }

    [Fact]
    public void Read_MoreProblemsThanTheLimit_ListsTheLimitAndCountsTheRest()
    {
        IEnumerable<string> rows = Enumerable.Range(1, 6).Select(i => $"{i},850.0,Рыбинск,Ж,old,1,59214.82,2,0,1,75719.14,1");
        string path = _folder.Write(CsvTestFolder.Lines([CsvTestFolder.Header, .. rows]));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, maxReported: 2));
        string message = act.Should().Throw<InputException>().Which.Message;
        message.Should().Contain("6 rows are invalid (6 problems; no row of the file is valid).")
            .And.Contain("line 2, column age").And.Contain("line 3, column age")
            .And.NotContain("line 4,")
            .And.EndWith("... and 4 more problems");
    }

    [Fact]
    public void Read_SkipPolicyWithEveryRowInvalid_FailsBecauseNothingIsLeft()
    {
        string path = _folder.Write(CsvTestFolder.Lines(CsvTestFolder.Header, "1,850.0,Рыбинск,Ж,25.0,1,59214.82,2,0,1,75719.14,3"));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, InvalidRowPolicy.Skip));
        act.Should().Throw<InputException>().WithMessage("*1 row is invalid*nothing to analyse*line 2, column churn*");
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreak_KeepsPhysicalLineNumbers()
    {
        string path = _folder.Write(CsvTestFolder.Lines(
            CsvTestFolder.Header,
            "1,850.0,\"Рыбинск\nцентр\",Ж,25.0,1,59214.82,2,0,1,75719.14,1",
            "2,861.0,Ярославль,М,37.0,5,850594.33,3,1,0,86621.77,0",
            "3,892.0,Ростов,Ж,x,0,,1,1,1,107683.34,0"));
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path, InvalidRowPolicy.Skip));
        loaded.Table.SourceLines.Should().Equal(2, 4);
        loaded.Table.Category("city").Levels[0].Should().Be("Рыбинск\nцентр");
        loaded.Rejected.Should().ContainSingle().Which.Line.Should().Be(5, "the record is the 4th but starts on the 5th line");
    }

    [Fact]
    public void Read_CrlfAndEmptyLines_KeepPhysicalLineNumbers()
    {
        string path = _folder.Write(string.Join("\r\n", CsvTestFolder.Header, CsvTestFolder.Rows[0], "", CsvTestFolder.Rows[1]) + "\r\n");
        ClientsCsv.Read(CsvTestFolder.Settings(path)).Table.SourceLines.Should().Equal(2, 4);
    }

    [Fact]
    public void Read_MonthWithoutChurners_LoadsWithAnEmptyChurnSet()
    {
        string path = _folder.Write(CsvTestFolder.Table(rows: CsvTestFolder.Rows.Select(r => r[..^1] + "0")));
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path));
        loaded.Table.RowCount.Should().Be(4);
        loaded.Table.Churned.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n \n")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_SaysSo(string text)
    {
        string path = _folder.Write(text);
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>().Where(e => e.Kind == ProblemKind.Data)
            .WithMessage($"{path}: the file is empty*");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    public void Read_HeaderOnlyFile_SaysThereAreNoRows(string trailer)
    {
        string path = _folder.Write(CsvTestFolder.Header + trailer);
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>().Where(e => e.Kind == ProblemKind.Data)
            .WithMessage($"{path}:1: the file has a header but no client rows.*");
    }

    [Fact]
    public void Read_MissingFile_SaysItDoesNotExist()
    {
        string path = Path.Combine(_folder.Folder, "no-such.csv");
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>().Where(e => e.Kind == ProblemKind.Usage)
            .WithMessage($"{path}: the client table file does not exist.*--data*");
    }

    [Fact]
    public void Read_FolderInsteadOfFile_SaysSo()
    {
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(_folder.Folder));
        act.Should().Throw<InputException>().WithMessage("*is a folder, not the client table file*");
    }
}
