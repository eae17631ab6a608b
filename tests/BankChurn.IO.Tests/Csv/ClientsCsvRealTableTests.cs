using System.Collections.Immutable;
using System.Text;
using BankChurn.Core.Clients;
using BankChurn.IO.Csv;
using FluentAssertions;

namespace BankChurn.IO.Tests.Csv;

/// <summary>
/// The real table (../shared/data/bank_scrooge.csv, never copied into the repository) and two re-encoded variants of it
/// built on the fly. Skipped, with a message, where the shared folder is absent.
/// </summary>
public sealed class ClientsCsvRealTableTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ImmutableDictionary<string, string> RealMap =
        ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY");

    private static readonly string[] NumericColumns =
        ["score", "age", "equity", "balance", "products", "credit_card", "last_activity", "est_salary"];

    private readonly CsvTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();


    private static LoadedClients Load(string path) => ClientsCsv.Read(CsvTestFolder.Settings(path, map: RealMap));

    [Fact]
    public void Read_RealTable_MatchesPandas()
    {
        string path = RealTable.RequirePath();
        LoadedClients loaded = Load(path);
        ClientTable table = loaded.Table;
        output.WriteLine($"Detected: {loaded.Format}");

        // /usr/bin/python3 -c "import pandas as pd; d=pd.read_csv('bank_scrooge.csv'); print(len(d), d.age.isna().sum(),
        //   d.balance.isna().sum(), d.churn.sum(), d.USERID.duplicated().sum(), d.USERID.duplicated(keep=False).sum(), (d.products==0).sum())"
        // → 10000 26 2295 1820 73 146 1
        loaded.Format.Should().Be(new DetectedFormat("utf-8", ',', '.', ByteOrderMark: false, LineBreak: "LF"));
        loaded.RowsRead.Should().Be(10_000);
        loaded.Rejected.Should().BeEmpty();
        table.RowCount.Should().Be(10_000);
        table.Numeric("age").Missing.Count.Should().Be(26);
        table.Numeric("balance").Missing.Count.Should().Be(2295);
        table.Churned.Count.Should().Be(1820);
        table.UserIds.Length.Should().Be(10_000);
        (table.UserIds.Length - table.UserIds.Distinct().Count()).Should().Be(73);
        table.UserIds.GroupBy(id => id).Where(g => g.Count() > 1).Sum(g => g.Count()).Should().Be(146);
        table.Numeric("products").Values.Count(v => v == 0).Should().Be(1);
        table.SourceLines[0].Should().Be(2);
        table.SourceLines[^1].Should().Be(10_001);

        // for c in ['score','age','equity','balance','products','credit_card','last_activity','EST_SALARY','USERID']: print(c, d[c].sum())
        // → 8486994.0 426233.0 26276 6378155131.66 18701 6804 5235 1478668855.44 1718147126
        Sum(table, "score").Should().Be(8486994);
        Sum(table, "age").Should().Be(426233);
        Sum(table, "equity").Should().Be(26276);
        Sum(table, "balance").Should().BeApproximately(6378155131.66, 1e-3);
        Sum(table, "products").Should().Be(18701);
        Sum(table, "credit_card").Should().Be(6804);
        Sum(table, "last_activity").Should().Be(5235);
        Sum(table, "est_salary").Should().BeApproximately(1478668855.44, 1e-3);
        table.UserIds.Sum().Should().Be(1718147126);

        // print(d.city.value_counts().to_dict(), d.gender.value_counts().to_dict())
        // → {'Ярославль': 5888, 'Рыбинск': 2695, 'Ростов': 1417} {'М': 5005, 'Ж': 4995}
        LevelCounts(table.Category("city")).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["Ярославль"] = 5888, ["Рыбинск"] = 2695, ["Ростов"] = 1417,
        });
        LevelCounts(table.Category("gender")).Should().BeEquivalentTo(new Dictionary<string, int> { ["М"] = 5005, ["Ж"] = 4995 });
    }

    [Fact]
    public void Read_RealTableAs1251WithSemicolonsAndDecimalCommas_GivesTheSameTable()
    {
        string path = RealTable.RequirePath();
        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        lines.Should().NotContain(l => l.Contains(';') || l.Contains('"'), "the conversion below relies on plain fields");
        string text = string.Join("\n", lines.Select(l => l.Replace(',', ';').Replace('.', ','))) + "\n";
        string variant = _folder.Write(text, CsvTestFolder.Windows1251, "bank_1251.csv");

        LoadedClients loaded = Load(variant);

        output.WriteLine($"Detected: {loaded.Format}");
        loaded.Format.Should().Be(new DetectedFormat("windows-1251", ';', ',', ByteOrderMark: false, LineBreak: "LF"));
        ShouldMatch(loaded.Table, Load(path).Table, sameRowOrder: true);
    }

    [Fact]
    public void Read_RealTableAsUtf8BomCrlfWithShuffledColumns_GivesTheSameTable()
    {
        string path = RealTable.RequirePath();
        string[][] rows = [.. File.ReadAllLines(path, Encoding.UTF8).Select(l => l.Split(','))];
        int[] order = [.. Enumerable.Range(0, rows[0].Length).Reverse()];
        string text = string.Join("\r\n", rows.Select(r => string.Join(',', order.Select(i => r[i])))) + "\r\n";
        string variant = _folder.Write(text, new UTF8Encoding(true), "bank_bom_crlf.csv");

        LoadedClients loaded = Load(variant);

        loaded.Format.Should().Be(new DetectedFormat("utf-8", ',', '.', ByteOrderMark: true, LineBreak: "CRLF"));
        ShouldMatch(loaded.Table, Load(path).Table, sameRowOrder: true);
    }

    private static void ShouldMatch(ClientTable actual, ClientTable expected, bool sameRowOrder)
    {
        actual.RowCount.Should().Be(expected.RowCount);
        actual.Churned.Count.Should().Be(expected.Churned.Count);
        foreach (string name in NumericColumns)
        {
            actual.Numeric(name).Missing.Count.Should().Be(expected.Numeric(name).Missing.Count, name);
            Sum(actual, name).Should().Be(Sum(expected, name), name);
            if (sameRowOrder)
                actual.Numeric(name).Values.Should().Equal(expected.Numeric(name).Values, (a, b) => a.Equals(b), name);
        }
        actual.UserIds.Should().Equal(expected.UserIds);
        actual.SourceLines.Should().Equal(expected.SourceLines);
        LevelCounts(actual.Category("city")).Should().BeEquivalentTo(LevelCounts(expected.Category("city")));
        LevelCounts(actual.Category("gender")).Should().BeEquivalentTo(LevelCounts(expected.Category("gender")));
    }

    private static double Sum(ClientTable table, string column)
    {
        NumericColumn values = table.Numeric(column);
        double sum = 0;
        for (int row = 0; row < values.Length; row++)
            if (!values.IsMissing(row)) sum += values.Values[row];
        return sum;
    }

    private static Dictionary<string, int> LevelCounts(CategoryColumn column) =>
        column.Codes.GroupBy(code => column.Levels[code]).ToDictionary(g => g.Key, g => g.Count());
}
