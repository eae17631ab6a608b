using System.Collections.Immutable;
using System.Text;
using BankChurn.Core.Clients;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests.Synthesis;

public class ClientsCsvWriterTests
{
    [Fact]
    public void Write_SmallTable_MatchesTheRealExtractsLayout()
    {
        ClientTable table = SmallTable();

        byte[] bytes = WriteToBytes(table);

        Assert.NotEqual(0xEF, bytes[0]); // no BOM
        string[] lines = Encoding.UTF8.GetString(bytes).Split('\n');
        Assert.Equal(
        [
            "USERID,score,city,gender,age,equity,balance,products,credit_card,last_activity,EST_SALARY,churn",
            "183012,850.0,Рыбинск,Ж,25.0,1,59214.82,2,0,1,75719.14,1",
            "120722,892.0,Ярославль,М,,0,,1,1,1,107683.3,0",
            "225363,866.5,\"Ростов, Великий\",,51.0,5,0.0,0,0,1,174423.53,0",
            "",
        ], lines);
    }

    [Fact]
    public void Write_GeneratedTable_EveryRowHasTwelveCellsInTheRightFormat()
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(20_000, 20240501));

        string[] lines = Encoding.UTF8.GetString(WriteToBytes(table)).TrimEnd('\n').Split('\n');

        Assert.Equal(table.RowCount + 1, lines.Length);
        Assert.Equal(ClientsCsvWriter.Header, lines[0]);
        NumericColumn balance = table.Numeric(ClientSchema.Balance);
        NumericColumn age = table.Numeric(ClientSchema.Age);
        int emptyBalances = 0, emptyAges = 0;
        for (int row = 0; row < table.RowCount; row++)
        {
            string[] cells = lines[row + 1].Split(',');
            Assert.Equal(12, cells.Length);
            Assert.Equal(table.UserIds[row].ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
            Assert.Matches(@"^\d{3,4}\.0$", cells[1]);               // score like 850.0
            Assert.Matches(@"^(\d{2}\.0)?$", cells[4]);              // age like 25.0 or empty
            Assert.Matches(@"^\d$", cells[5]);                        // equity as an integer
            Assert.Matches(@"^(\d+\.\d{1,2})?$", cells[6]);           // balance with up to 2 decimals or empty
            Assert.Matches(@"^\d+\.\d{1,2}$", cells[10]);             // salary with up to 2 decimals
            Assert.Equal(table.Churned.Contains(row) ? "1" : "0", cells[11]);
            if (cells[6].Length == 0)
            {
                emptyBalances++;
                Assert.True(balance.IsMissing(row));
            }
            if (cells[4].Length == 0)
            {
                emptyAges++;
                Assert.True(age.IsMissing(row));
            }
        }
        Assert.Equal(balance.Missing.Count, emptyBalances);
        Assert.Equal(age.Missing.Count, emptyAges);
    }

    [Fact]
    public void Write_SameTableTwice_SameBytes()
    {
        ClientTable table = SyntheticClients.Generate(new SynthOptions(3_000, 1));
        Assert.Equal(WriteToBytes(table), WriteToBytes(table));
    }

    private static byte[] WriteToBytes(ClientTable table)
    {
        using var stream = new MemoryStream();
        new ClientsCsvWriter().Write(table, stream);
        return stream.ToArray();
    }

    /// <summary>Three rows covering a missing balance, a missing age, a missing category, a zero balance, a cell that needs quotes and a non-whole score.</summary>
    private static ClientTable SmallTable()
    {
        var numeric = new Dictionary<string, NumericColumn>
        {
            [ClientSchema.Score] = NumericColumn.From(ClientSchema.Score, [850, 892, 866.5]),
            [ClientSchema.Age] = NumericColumn.From(ClientSchema.Age, [25, null, 51]),
            [ClientSchema.Equity] = NumericColumn.From(ClientSchema.Equity, [1, 0, 5]),
            [ClientSchema.Balance] = NumericColumn.From(ClientSchema.Balance, [59214.82, null, 0]),
            [ClientSchema.Products] = NumericColumn.From(ClientSchema.Products, [2, 1, 0]),
            [ClientSchema.CreditCard] = NumericColumn.From(ClientSchema.CreditCard, [0, 1, 0]),
            [ClientSchema.LastActivity] = NumericColumn.From(ClientSchema.LastActivity, [1, 1, 1]),
            [ClientSchema.EstSalary] = NumericColumn.From(ClientSchema.EstSalary, [75719.14, 107683.3, 174423.53]),
        }.ToImmutableDictionary(StringComparer.Ordinal);
        var categories = new Dictionary<string, CategoryColumn>
        {
            [ClientSchema.City] = CategoryColumn.From(ClientSchema.City, ["Рыбинск", "Ярославль", "Ростов, Великий"]),
            [ClientSchema.Gender] = CategoryColumn.From(ClientSchema.Gender, ["Ж", "М", null]),
        }.ToImmutableDictionary(StringComparer.Ordinal);
        var churned = new RowSet(3);
        churned.Add(0);
        return new ClientTable([183012, 120722, 225363], numeric, categories, churned, [2, 3, 4]);
    }
}
