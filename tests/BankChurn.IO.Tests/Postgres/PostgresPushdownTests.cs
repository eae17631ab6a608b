using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BankChurn.Core;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Warehouse;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;
using BankChurn.Core.Synthesis;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using BankChurn.IO.Postgres;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Postgres;

/// <summary>
/// A source above input.pushdown_rows, counted in a real PostgreSQL (<see cref="PostgresServer"/>): the counts and sums
/// equal the CSV run's, the rule language means the same in SQL as column by column, and the rest comes from the sample.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPushdownTests : IDisposable
{
    private readonly PostgresRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>Every number within 1e-9 (relative above 1), every other value equal; <paramref name="skip"/> names fields not compared.</summary>
    private static void AssertClose(JsonNode? expected, JsonNode? actual, string path, params string[] skip)
    {
        switch (expected)
        {
            case JsonObject e:
                JsonObject a = Assert.IsType<JsonObject>(actual);
                Assert.True(e.Select(p => p.Key).Where(k => !skip.Contains(k)).Order(StringComparer.Ordinal)
                    .SequenceEqual(a.Select(p => p.Key).Where(k => !skip.Contains(k)).Order(StringComparer.Ordinal)), $"{path}: different fields");
                foreach ((string key, JsonNode? value) in e)
                    if (!skip.Contains(key)) AssertClose(value, a[key], path + "." + key, skip);
                break;
            case JsonArray e:
                JsonArray list = Assert.IsType<JsonArray>(actual);
                Assert.True(e.Count == list.Count, $"{path}: {e.Count} items in the CSV run, {list.Count} pushed down");
                for (int i = 0; i < e.Count; i++) AssertClose(e[i], list[i], $"{path}[{i}]", skip);
                break;
            case JsonValue e when e.TryGetValue(out double number):
                double other = actual!.GetValue<double>();
                Assert.True(Math.Abs(number - other) <= 1e-9 * Math.Max(1, Math.Abs(number)), $"{path}: {number} in the CSV run, {other} pushed down");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: {expected?.ToJsonString()} in the CSV run, {actual?.ToJsonString()} pushed down");
                break;
        }
    }

    [Fact]
    public void Generate_PushedDown_GivesTheCsvRunsCountsAndSums()
    {
        PostgresServer server = PostgresServer.Require();
        string csv = _run.SynthCsv(3000, 7);
        string table = PostgresRun.UniqueTable("pushed");
        server.LoadClients(table, csv);

        (CliRun csvRun, string csvResults) = _run.Generate(_run.Config("csv"), "csv", "--data", csv);
        Assert.True(csvRun.ExitCode == 0, csvRun.ToString());
        // Every row over the limit, and a sample a third of the table: the counted figures must not depend on it.
        (CliRun dbRun, string dbResults) = _run.Generate(_run.TableConfig("db", "public." + table, "pushdown_rows: 0"), "db", "--set", "model.sample_rows=1000");
        Assert.True(dbRun.ExitCode == 0, dbRun.ToString());

        JsonNode expected = PostgresRun.Figures(csvResults), actual = PostgresRun.Figures(dbResults);
        // The data block but the sample's own figure (the associations of missing values with other columns).
        AssertClose(expected["data"], actual["data"], "data", "associations", "concentration");
        AssertClose(expected["churn"], actual["churn"], "churn");
        AssertClose(expected["value"], actual["value"], "value");
        // Drivers: summaries, quantile bins (percentile_cont cuts), their tests and churn-prone ranges are counted; the
        // rank test, histograms and densities need the rows and come from the sample.
        string[] fromSample = ["mann_whitney_u", "z", "p_value", "rank_biserial", "rank_biserial_ci_low", "rank_biserial_ci_high", "testable", "histogram", "density"];
        foreach ((string column, JsonNode? driver) in expected["drivers"]!.AsObject())
            foreach (string key in new[] { "churned", "retained", "missing", "bins", "prone_intervals" }.Where(k => !fromSample.Contains(k)))
                AssertClose(driver![key], actual["drivers"]![column]![key], $"drivers.{column}.{key}");
        JsonArray csvSegments = expected["segments"]!.AsArray(), dbSegments = actual["segments"]!.AsArray();
        JsonNode[] defined = [.. csvSegments.Where(s => (string?)s!["source"] == "config").Select(s => s!)];
        Assert.NotEmpty(defined);
        foreach (JsonNode segment in defined)
        {
            string id = (string)segment["id"]!;
            JsonNode pushed = dbSegments.Single(s => (string?)s!["id"] == id)!;
            // Priority ranks defined and discovered segments together, and which are discovered depends on the sample.
            AssertClose(segment, pushed, id, "priority", "profile", "subgroups");
        }
        JsonNode pushdown = JsonNode.Parse(File.ReadAllText(dbResults))!["data"]!["input"]!["pushdown"]!;
        Assert.Equal(3000, (int?)pushdown["source_rows"]);
        Assert.Equal(1000, (int?)pushdown["sample_rows"]);
        Assert.Contains("model", pushdown["from_sample"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("value", pushdown["exact"]!.AsArray().Select(n => (string?)n));
        Assert.Null(JsonNode.Parse(File.ReadAllText(csvResults))!["data"]!["input"]!["pushdown"]);
        // scores.csv would list only the sampled clients: the CSV run writes it, the pushed-down one does not.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(csvResults)!, ScoresCsv.FileName)));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(dbResults)!, ScoresCsv.FileName)));
        // The table is still there: nothing in the config or the rules ran as SQL of its own.
        Assert.Equal(3000L, server.Execute($"SELECT count(*) FROM {table}"));
    }

    /// <summary>Each form of the language, counted in SQL by the warehouse and column by column over the CSV's cleaned rows.</summary>
    [Fact]
    public void CountSegments_EveryRuleForm_CountsTheRowsEvaluateSelects()
    {
        PostgresServer server = PostgresServer.Require();
        string csv = _run.SynthCsv(2000, 11);
        string table = PostgresRun.UniqueTable("rules");
        server.LoadClients(table, csv);
        var now = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
        ReportSettings db = ConfigFile.Read(_run.TableConfig("db", "public." + table, "pushdown_rows: 0"), [], now);
        ReportSettings file = ConfigFile.Read(_run.Config("csv", $"path: {PostgresRun.Yaml(csv)}"), [], now);

        LoadedClients sample = ClientsPostgres.Read(db.Input, db);
        IWarehouse warehouse = Assert.IsAssignableFrom<IWarehouse>(sample.Warehouse);
        ClientTable cleaned = Cleaning.Apply(ClientsCsv.Read(file.Input).Table, file.Cleaning).Table;
        string[] texts =
        [
            "age != 30", "not (balance > 100000)", "balance is missing", "balance is not missing and products in [1, 2]",
            "city not in ['Ярославль']", "gender == 'Ж' or est_salary / (products - 1) > 50000", "balance >= quantile(balance, 0.75)",
            "min(age, 40) == 40", "coalesce(balance, 0) * 0.03 > 3000", "abs(score - 800) < 20", "churn == 1",
            "age between 30 and 40 and not credit_card == 1", "city == 'нет такого'", "products not in [1, 2] or last_activity == 0",
        ];
        ImmutableArray<Rule> rules = [.. texts.Select(t => Rule.Parse(t, "test", new SourceLocation("test")))];
        ImmutableArray<ImmutableArray<CellTally>> counted = warehouse.CountSegments(rules, (_, _) => true);
        for (int k = 0; k < rules.Length; k++)
        {
            RowSet rows = rules[k].Evaluate(cleaned);
            Assert.True(rows.Count == counted[k].Sum(c => c.Clients), $"{texts[k]}: {rows.Count} rows column by column, {counted[k].Sum(c => c.Clients)} in SQL");
            Assert.Equal(rows.CountAnd(cleaned.Churned), counted[k].Sum(c => c.Churned));
        }
        Assert.Equal(cleaned.RowCount, warehouse.Counts.RowsUsed);
        Assert.Equal(warehouse.Counts.RowsRead - warehouse.Counts.RowsRejected, sample.Table.RowCount);
    }
}
