using System.Text.Json.Nodes;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Csv;
using BankChurn.IO.Postgres;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// The database source against a real PostgreSQL started by the tests (<see cref="PostgresServer"/>; skipped with the
/// reason where it cannot start): the same rows give the same results.json as the CSV run, mistakes are reported as the
/// CSV reader reports them, and no name or value from the config or the data can run SQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceTests : IDisposable
{
    private readonly PostgresRun _run = new();

    public void Dispose() => _run.Dispose();

    private static void AssertSameFigures(string csvResults, string databaseResults)
    {
        JsonNode csv = PostgresRun.Figures(csvResults);
        JsonNode database = PostgresRun.Figures(databaseResults);
        Assert.True(JsonNode.DeepEquals(csv, database), "results.json differs between the CSV and the database run");
    }

    [Fact]
    public void Generate_SyntheticTable_GivesEveryFigureOfTheCsvRun()
    {
        PostgresServer server = PostgresServer.Require();
        string csv = _run.SynthCsv(3000, 7);
        string table = PostgresRun.UniqueTable("synth");
        server.LoadClients(table, csv);

        (CliRun csvRun, string csvResults) = _run.Generate(_run.Config("csv"), "csv", "--data", csv);
        Assert.True(csvRun.ExitCode == 0, csvRun.ToString());
        (CliRun dbRun, string dbResults) = _run.Generate(_run.TableConfig("db", "public." + table), "db");
        Assert.True(dbRun.ExitCode == 0, dbRun.ToString());

        AssertSameFigures(csvResults, dbResults);
        JsonNode input = JsonNode.Parse(File.ReadAllText(dbResults))!["data"]!["input"]!;
        Assert.Equal("postgres", (string?)input["kind"]);
        Assert.Equal("public." + table, (string?)input["table"]);
        Assert.Equal(3000, (int?)input["rows"]);
        Assert.Equal(64, ((string?)input["sql_sha256"])?.Length);
        Assert.DoesNotContain(PostgresServer.ConnectionEnv + "=", File.ReadAllText(dbResults), StringComparison.Ordinal);
        Assert.DoesNotContain(server.SocketFolder, File.ReadAllText(dbResults), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_RealTable_GivesEveryFigureOfTheCsvRun()
    {
        PostgresServer server = PostgresServer.Require();
        string? real = RepoPaths.RealTable();
        Requires.RealTable(real is not null);
        string table = PostgresRun.UniqueTable("scrooge");
        server.LoadClients(table, real!);

        (CliRun csvRun, string csvResults) = _run.Generate(_run.Config("csv"), "csv", "--data", real!);
        Assert.True(csvRun.ExitCode == 0, csvRun.ToString());
        // In the file's order, which the seeded holdout split and keep_first depend on (a heap table has no order).
        string config = _run.Config("db", "kind: postgres", $"connection_env: {PostgresServer.ConnectionEnv}",
            $"query: {PostgresRun.Yaml($"SELECT * FROM {table} ORDER BY ordinal")}");
        (CliRun dbRun, string dbResults) = _run.Generate(config, "db");
        Assert.True(dbRun.ExitCode == 0, dbRun.ToString());

        AssertSameFigures(csvResults, dbResults);
        // The figures themselves, as GenerateTests pins them for the CSV: 10,000 rows read, 1,819 churners among 9,999.
        JsonNode results = JsonNode.Parse(File.ReadAllText(dbResults))!;
        Assert.Equal(10000, (int?)results["data"]!["rows_read"]);
        Assert.Equal(1819, (int?)results["churn"]!["churned"]);
    }

    [Fact]
    public void Read_EveryAcceptedType_GivesTheColumnsOfTheCsvReader()
    {
        PostgresServer server = PostgresServer.Require();
        string csv = _run.SynthCsv(2000, 11);
        string plain = PostgresRun.UniqueTable("plain");
        server.LoadClients(plain, csv);
        // The same rows stored as a warehouse might: numeric, varchar, char, smallint and boolean flags.
        string typed = PostgresRun.UniqueTable("typed");
        server.Execute($"""
            CREATE TABLE {typed} AS SELECT userid::numeric(12, 0) AS userid, score::numeric(8, 1) AS score,
                city::varchar(40) AS city, gender::char(1) AS gender, age::numeric(5, 1) AS age, equity::smallint AS equity,
                balance::numeric(16, 2) AS balance, products::bigint AS products, credit_card::boolean AS credit_card,
                last_activity::boolean AS last_activity, est_salary::numeric(16, 2) AS est_salary, churn::boolean AS churn
            FROM {plain} ORDER BY ordinal
            """);
        var map = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY");

        ClientTable file = ClientsCsv.Read(new InputSettings(csv, map, null, null, null, InvalidRowPolicy.Fail, 50)).Table;
        foreach (string table in (string[])[plain, typed])
        {
            ClientTable database = ClientsPostgres.Read(new InputSettings("", map, null, null, null, InvalidRowPolicy.Fail, 50)
            {
                Kind = InputKind.Postgres,
                Database = new DatabaseInput(PostgresServer.ConnectionEnv, [table], null, 1_000_000),
            }).Table;

            Assert.Equal(file.UserIds, database.UserIds);
            Assert.Equal(file.Churned.Words.ToArray(), database.Churned.Words.ToArray());
            foreach ((string name, NumericColumn column) in file.NumericColumns)
            {
                // Bit for bit: PostgreSQL's numeric-to-double and .NET's parse both round correctly.
                Assert.Equal(column.Values.Select(BitConverter.DoubleToInt64Bits), database.Numeric(name).Values.Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(column.Missing.Words.ToArray(), database.Numeric(name).Missing.Words.ToArray());
            }
            foreach ((string name, CategoryColumn column) in file.CategoryColumns)
            {
                Assert.Equal(column.Levels.ToArray(), database.Category(name).Levels.ToArray());
                Assert.Equal(column.Codes, database.Category(name).Codes);
            }
        }
    }

    [Fact]
    public void Validate_Query_ReadsTheRowsItSelects()
    {
        PostgresServer server = PostgresServer.Require();
        string table = PostgresRun.UniqueTable("query");
        server.LoadClients(table, _run.SynthCsv(500, 3));
        string config = _run.Config("query", "kind: postgres", $"connection_env: {PostgresServer.ConnectionEnv}",
            $"query: {PostgresRun.Yaml($"SELECT * FROM {table} WHERE city <> 'Ростов';")}");

        CliRun run = PostgresRun.Validate(config, "--set", "report.language=en");

        long expected = (long)server.Execute($"SELECT count(*) FROM {table} WHERE city <> 'Ростов'")!;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{expected} rows read", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingColumn_NamesTableAndColumnLikeTheCsvReader()
    {
        PostgresServer server = PostgresServer.Require();
        string table = PostgresRun.UniqueTable("nochurn");
        server.LoadClients(table, _run.SynthCsv(50, 1));
        server.Execute($"ALTER TABLE {table} RENAME COLUMN churn TO churned");

        CliRun run = PostgresRun.Validate(_run.TableConfig("missing", table));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"table {table}: a required column is missing.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("column churn: no column \"churn\"; did you mean \"churned\"?", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongType_NamesTheColumnAndItsType()
    {
        PostgresServer server = PostgresServer.Require();
        string table = PostgresRun.UniqueTable("textage");
        server.LoadClients(table, _run.SynthCsv(50, 1));
        server.Execute($"ALTER TABLE {table} ALTER COLUMN age TYPE text");

        CliRun run = PostgresRun.Validate(_run.TableConfig("type", table));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("column age (\"age\"): the type is text, but it must be a number", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidValue_NamesTableRowAndColumn()
    {
        PostgresServer server = PostgresServer.Require();
        string csv = _run.SynthCsv(30, 1);
        string[] lines = File.ReadAllLines(csv);
        string[] fields = lines[17].Split(',');
        fields[4] = "-3";
        lines[17] = string.Join(',', fields);
        File.WriteAllLines(csv, lines);
        string table = PostgresRun.UniqueTable("badrows");
        server.LoadClients(table, csv);

        CliRun database = PostgresRun.Validate(_run.TableConfig("bad", table));
        CliRun file = PostgresRun.Validate(_run.Config("badcsv"), "--data", csv);

        // The 17th row of the table is line 18 of its export (the header is line 1); the message is otherwise the same.
        Assert.True(database.ExitCode == 1, database.ToString());
        Assert.Contains($"table {table}, row 17 (age): 1 row is invalid", database.Errors, StringComparison.Ordinal);
        Assert.Contains("row 17, column age (\"age\"): \"-3\" is outside 0–120", database.Errors, StringComparison.Ordinal);
        Assert.True(file.ExitCode == 1, file.ToString());
        Assert.Contains("line 18, column age (\"age\"): \"-3\" is outside 0–120", file.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyTableOrMissingChurn_IsADataProblem()
    {
        PostgresServer server = PostgresServer.Require();
        string empty = PostgresRun.UniqueTable("empty");
        server.LoadClients(empty, _run.SynthCsv(5, 1));
        server.Execute($"DELETE FROM {empty}");
        string nulls = PostgresRun.UniqueTable("nullchurn");
        server.LoadClients(nulls, _run.SynthCsv(5, 1));
        server.Execute($"UPDATE {nulls} SET churn = NULL WHERE ordinal = 2");

        CliRun noRows = PostgresRun.Validate(_run.TableConfig("empty", empty));
        CliRun noChurn = PostgresRun.Validate(_run.TableConfig("nulls", nulls));

        Assert.True(noRows.ExitCode == 1, noRows.ToString());
        Assert.Contains($"table {empty}: the source has no client rows.", noRows.Errors, StringComparison.Ordinal);
        Assert.True(noChurn.ExitCode == 1, noChurn.ToString());
        Assert.Contains("column churn (\"churn\"): value is missing", noChurn.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MoreRowsThanPushdownRowsWithKeepFirst_NamesTheDuplicatePolicy()
    {
        PostgresServer server = PostgresServer.Require();
        string table = PostgresRun.UniqueTable("big");
        server.LoadClients(table, _run.SynthCsv(40, 1));

        // Counted in the database, the rows have no order, so "the first of the repeated ids" means nothing.
        CliRun run = PostgresRun.Validate(_run.TableConfig("pushdown", table, "pushdown_rows: 39"), "--set", "cleaning.duplicate_user_ids=keep_first");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("(cleaning.duplicate_user_ids): keep_first and drop_all need the rows in one order", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamesAndValuesWithQuotes_AreDataNeverSql()
    {
        PostgresServer server = PostgresServer.Require();
        string canary = PostgresRun.UniqueTable("canary");
        server.Execute($"CREATE TABLE {canary} (x int); INSERT INTO {canary} VALUES (1)");
        string table = PostgresRun.UniqueTable("quoted");
        server.LoadClients(table, _run.SynthCsv(20, 1));
        // A column whose name is an attack, mapped in the config; and a city value that is one.
        string evilColumn = $"a\"ge; DROP TABLE {canary}; --";
        string evilCity = $"x'); DROP TABLE {canary}; --\"";
        server.Execute($"ALTER TABLE {table} RENAME COLUMN age TO \"{evilColumn.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        server.Execute($"UPDATE {table} SET city = '{evilCity.Replace("'", "''", StringComparison.Ordinal)}' WHERE ctid = (SELECT ctid FROM {table} LIMIT 1)");

        string config = _run.TableConfig("quoted", table);
        File.WriteAllText(config, File.ReadAllText(config).Replace("\n  columns:\n", $"\n  columns:\n    age: {PostgresRun.Yaml(evilColumn)}\n", StringComparison.Ordinal));
        CliRun valid = PostgresRun.Validate(config);
        // The same attack as a table name, quoted as SQL quotes it: it names a table that does not exist.
        string quotedName = "\"" + $"{table}\"; DROP TABLE {canary}; --".Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        CliRun noTable = PostgresRun.Validate(_run.TableConfig("evil", quotedName));

        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.True(noTable.ExitCode == 2, noTable.ToString());
        Assert.Contains("the database has no such table", noTable.Errors, StringComparison.Ordinal);
        Assert.Equal(1, (int)server.Execute($"SELECT x FROM {canary}")!);

        var map = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("age", evilColumn).Add("user_id", "USERID");
        var input = new InputSettings("", map, null, null, null, InvalidRowPolicy.Fail, 50)
        {
            Kind = InputKind.Postgres,
            Database = new DatabaseInput(PostgresServer.ConnectionEnv, ["public", table], null, 1000),
        };
        LoadedClients loaded = ClientsPostgres.Read(input);
        Assert.Contains(evilCity, loaded.Table.Category("city").Levels);
        Assert.Equal(20, loaded.Table.RowCount);
    }
}
