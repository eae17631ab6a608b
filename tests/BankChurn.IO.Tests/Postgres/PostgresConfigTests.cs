using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>The database keys of the input section, and the failures that need no server: every one exits 2 with the key or variable named, and no stack trace.</summary>
public sealed class PostgresConfigTests : IDisposable
{
    private readonly PostgresRun _run = new();

    public void Dispose() => _run.Dispose();

    private static void AssertUserError(CliRun run, int exitCode, params string[] said)
    {
        Assert.True(run.ExitCode == exitCode, run.ToString());
        foreach (string text in said)
            Assert.Contains(text, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepositoryConfig_IsACsvInput()
    {
        ReportSettings settings = ConfigFile.Read(_run.Config("plain"), [], DateTimeOffset.UnixEpoch);
        Assert.Equal(InputKind.Csv, settings.Input.Kind);
        Assert.Null(settings.Input.Database);
    }

    [Fact]
    public void Read_PostgresTable_AppliesTheDefaults()
    {
        string config = _run.Config("defaults", "kind: postgres", "connection_env: null", "pushdown_rows: null", "table: Public.Clients");
        DatabaseInput database = ConfigFile.Read(config, [], DateTimeOffset.UnixEpoch).Input.Database!;
        Assert.Equal("BANKCHURN_PG", database.ConnectionEnv);
        Assert.Equal(5_000_000, database.PushdownRows);
        Assert.Equal(["public", "clients"], database.Table.ToArray());
        Assert.Null(database.Query);
    }

    [Fact]
    public void Validate_PostgresWithoutTableOrQuery_NamesTheKeys()
    {
        CliRun run = PostgresRun.Validate(_run.Config("none", "kind: postgres"));
        AssertUserError(run, 2, "input.kind", "neither input.table nor input.query");
    }

    [Fact]
    public void Validate_PostgresWithTableAndQuery_AsksForOne()
    {
        CliRun run = PostgresRun.Validate(_run.Config("both", "kind: postgres", "table: clients", "query: SELECT * FROM clients"));
        AssertUserError(run, 2, "input.query", "both input.table and input.query");
    }

    [Theory]
    [InlineData("connection_env: 'Host=db;Username=u;Password=secret'", "input.connection_env")]
    [InlineData("query: SELECT * FROM dblink('password=secret', 'SELECT 1')", "input.query")]
    public void Validate_PasswordInTheConfig_IsRefused(string line, string key)
    {
        CliRun run = PostgresRun.Validate(_run.Config("password", "kind: postgres", line));
        AssertUserError(run, 2, key, "must never hold one");
        Assert.DoesNotContain("secret", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionStringInConnectionEnv_SaysItTakesAVariableName()
    {
        CliRun run = PostgresRun.Validate(_run.Config("connstr", "kind: postgres", "table: clients", "connection_env: 'Host=db;Database=bank'"));
        AssertUserError(run, 2, "input.connection_env", "name of an environment variable");
    }

    [Fact]
    public void Validate_QueryThatIsNotOneSelect_IsRefused()
    {
        CliRun run = PostgresRun.Validate(_run.Config("delete", "kind: postgres", "query: 'SELECT * FROM clients; DELETE FROM clients'"));
        AssertUserError(run, 2, "input.query", "not a single SELECT");
    }

    [Fact]
    public void Validate_UnquotedTableNameWithAQuote_IsRefusedBeforeAnySqlIsSent()
    {
        CliRun run = PostgresRun.Validate(_run.TableConfig("inject", "clients\"; DROP TABLE canary; --"));
        AssertUserError(run, 2, "input.table", "is not a table name");
    }

    [Fact]
    public void Validate_VariableNotSet_NamesTheVariable()
    {
        string config = _run.Config("unset", "kind: postgres", "table: clients", "connection_env: BANKCHURN_TEST_UNSET_VARIABLE");
        CliRun run = PostgresRun.Validate(config);
        AssertUserError(run, 2, "BANKCHURN_TEST_UNSET_VARIABLE (input.connection_env)", "is not set");
    }

    [Fact]
    public void Validate_ServerNotThere_SaysItCannotConnectWithoutTheConnectionString()
    {
        string missingSocket = Path.Combine(_run.Folder, "no-server");
        Environment.SetEnvironmentVariable("BANKCHURN_TEST_NO_SERVER", $"Host={missingSocket};Username=report;Password=hunter2;Timeout=5");
        string config = _run.Config("noserver", "kind: postgres", "table: clients", "connection_env: BANKCHURN_TEST_NO_SERVER");
        CliRun run = PostgresRun.Validate(config);
        AssertUserError(run, 2, "BANKCHURN_TEST_NO_SERVER (input.connection_env)", "cannot connect to the database");
        Assert.DoesNotContain("hunter2", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DataOptionWithPostgresKind_AsksWhichIsMeant()
    {
        CliRun run = PostgresRun.Validate(_run.Config("data", "kind: postgres", "table: clients"), "--data", "clients.csv");
        AssertUserError(run, 2, "--data", "input.kind is postgres");
    }

    [Theory]
    [InlineData("clients", new[] { "clients" })]
    [InlineData("Public.Clients", new[] { "public", "clients" })]
    [InlineData("\"Sales\".\"Clients 2026\"", new[] { "Sales", "Clients 2026" })]
    [InlineData("\"clients\"\"; DROP TABLE canary; --\"", new[] { "clients\"; DROP TABLE canary; --" })]
    [InlineData("clients\"; DROP TABLE canary; --", new string[0])]
    [InlineData("a.b.c", new string[0])]
    [InlineData("\"unclosed", new string[0])]
    [InlineData("clients;", new string[0])]
    public void TableName_ReadsPartsAsSqlDoes(string written, string[] parts) =>
        Assert.Equal(parts, ConfigDatabase.TableName(written));
}
