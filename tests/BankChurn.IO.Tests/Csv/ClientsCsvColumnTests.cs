using System.Collections.Immutable;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

/// <summary>Source headers to canonical columns: the config's map, case and whitespace, extra columns, any order.</summary>
public sealed class ClientsCsvColumnTests : IDisposable
{
    private readonly CsvTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly ImmutableDictionary<string, string> RealMap =
        ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY");

    [Fact]
    public void Read_MappedHeaders_AreFoundIgnoringCaseAndWhitespace()
    {
        string header = " userid ,Score,CITY,Gender,age,equity,balance,products,credit_card,last_activity, Est_Salary ,churn";
        string path = _folder.Write(CsvTestFolder.Lines([header, .. CsvTestFolder.Rows]));
        LoadedClients loaded = ClientsCsv.Read(CsvTestFolder.Settings(path, map: RealMap));
        loaded.Table.UserIds.Should().Equal(1, 2, 3, 4);
        loaded.Table.Numeric("est_salary").Values[3].Should().Be(174423.53);
        loaded.Table.Numeric("score").Values[0].Should().Be(850);
    }

    [Fact]
    public void Read_MappedHeaderAbsentButCanonicalPresent_UsesTheCanonicalColumn()
    {
        string path = _folder.Write(CsvTestFolder.Table());
        ClientsCsv.Read(CsvTestFolder.Settings(path, map: RealMap)).Table.UserIds.Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void Read_ExtraColumnsAndShuffledOrder_AreReadByName()
    {
        string[] header = CsvTestFolder.Header.Split(',');
        int[] order = [11, 3, 0, 7, 10, 2, 5, 1, 9, 6, 4, 8];
        IEnumerable<string> Shuffle(string line)
        {
            string[] fields = line.Split(',');
            return new[] { "x" }.Concat(order.Select(i => fields[i])).Append("tail");
        }
        string[] lines =
        [
            string.Join(',', new[] { "branch" }.Concat(order.Select(i => header[i])).Append("comment")),
            .. CsvTestFolder.Rows.Select(r => string.Join(',', Shuffle(r))),
        ];
        lines[1] = lines[1].Replace("tail", "any text", StringComparison.Ordinal);
        string path = _folder.Write(CsvTestFolder.Lines(lines));

        ClientTable table = ClientsCsv.Read(CsvTestFolder.Settings(path)).Table;

        table.UserIds.Should().Equal(1, 2, 3, 4);
        table.Numeric("score").Values.Sum().Should().Be(3469);
        table.Numeric("age").Missing.Should().Equal(2);
        table.Category("city").Levels.Should().Equal("Рыбинск", "Ярославль", "Ростов");
        table.Churned.Should().Equal(0, 3);
        table.HasColumn("branch").Should().BeFalse();
    }

    [Fact]
    public void Read_MissingNumericCells_StayMissingNeverZero()
    {
        string path = _folder.Write(CsvTestFolder.Table());
        ClientTable table = ClientsCsv.Read(CsvTestFolder.Settings(path)).Table;
        NumericColumn age = table.Numeric("age");
        NumericColumn balance = table.Numeric("balance");
        age.Missing.Should().Equal(2);
        balance.Missing.Should().Equal(2);
        double.IsNaN(age.Values[2]).Should().BeTrue();
        double.IsNaN(balance.Values[2]).Should().BeTrue();
        table.Numeric("equity").Values[2].Should().Be(0, "a written 0 is a value, not a missing cell");
        table.Numeric("equity").Missing.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Read_MissingColumn_NamesItsMappedHeaderListsTheHeadersAndSuggestsTheNearest()
    {
        string header = "User Id,score,city,gender,age,equity,balance,products,credit_card,last_activity,EST_SALARY,churn";
        string path = _folder.Write(CsvTestFolder.Lines([header, .. CsvTestFolder.Rows]));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path, map: RealMap));
        InputException problem = act.Should().Throw<InputException>().Which;
        problem.Kind.Should().Be(ProblemKind.Data);
        problem.Location.Line.Should().Be(1);
        problem.Message.Should().Contain("a required column is missing")
            .And.Contain("column user_id: no header \"USERID\" (mapped in the config) or \"user_id\"; did you mean \"User Id\"?")
            .And.Contain("headers found: \"User Id\", \"score\", \"city\"");
    }

    [Fact]
    public void Read_SeveralMissingColumns_AreAllNamed()
    {
        string path = _folder.Write(CsvTestFolder.Lines("user_id,score,city,gender,age,equity", "1,850,Омск,Ж,25,1"));
        var act = () => ClientsCsv.Read(CsvTestFolder.Settings(path));
        act.Should().Throw<InputException>()
            .WithMessage("*6 required columns are missing*column balance*column products*column credit_card*column last_activity*column est_salary*column churn*");
    }
}
