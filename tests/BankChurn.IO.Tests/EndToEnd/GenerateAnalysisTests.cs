using System.Text.Json;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary><c>generate</c> on the real table: the analysis blocks of results.json are there, complete and finite.</summary>
public sealed class GenerateAnalysisTests : IDisposable
{
    private const string Period = "2026-10";
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-e2e-analysis-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    private string PeriodFolder => Path.Combine(Out, Period);

    private CliRun Generate(string data) =>
        CliRun.Of(["generate", "--config", RepoPaths.Config, "--data", data, "--out", Out, "--period", Period, "--set", "report.generated_at=2026-11-01T09:00:00+03:00"]);

    private JsonElement Results() => JsonDocument.Parse(File.ReadAllText(Path.Combine(PeriodFolder, "results.json"))).RootElement;

    [Fact]
    public void Generate_RealTable_WritesTheAnalysisBlocksWithoutNaN()
    {
        string real = RealTable.RequirePath();
        CliRun run = Generate(real);
        Assert.True(run.ExitCode == 0, run.ToString());
        string text = File.ReadAllText(Path.Combine(PeriodFolder, "results.json"));
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        JsonElement results = Results();

        JsonElement churn = results.GetProperty("churn");
        foreach (string column in new[] { "city", "gender", "products", "equity", "credit_card", "last_activity" })
        {
            JsonElement[] levels = [.. churn.GetProperty("by_feature").GetProperty(column).EnumerateArray()];
            Assert.Equal(9999, levels.Sum(l => l.GetProperty("clients").GetInt32()));
            Assert.All(levels, l => Assert.InRange(l.GetProperty("rate").GetDouble(), 0, 1));
            Assert.True(levels.All(l => l.TryGetProperty("lift", out _) && l.TryGetProperty("ci_low", out _) && l.TryGetProperty("value", out _)));
            JsonElement chi2 = churn.GetProperty("chi2").GetProperty(column);
            Assert.True(chi2.GetProperty("statistic").GetDouble() > 0);
            Assert.InRange(chi2.GetProperty("p_value").GetDouble(), 0, 1);
            Assert.InRange(chi2.GetProperty("cramers_v").GetDouble(), 0, 1);
        }

        foreach (string column in new[] { "score", "age", "balance", "est_salary" })
        {
            JsonElement driver = results.GetProperty("drivers").GetProperty(column);
            Assert.True(driver.GetProperty("bins").GetArrayLength() >= 5);
            foreach (JsonElement range in driver.GetProperty("prone_intervals").EnumerateArray())
            {
                Assert.True(range.GetProperty("from").GetDouble() <= range.GetProperty("to").GetDouble());
                Assert.True(range.GetProperty("rate").GetDouble() > churn.GetProperty("rate").GetDouble());
                Assert.True(range.GetProperty("clients").GetInt32() > 0);
            }
        }
        Assert.Equal(0.005, results.GetProperty("drivers").GetProperty("balance").GetProperty("missing").GetProperty("rate").GetDouble(), 3);

        JsonElement portraits = results.GetProperty("portraits");
        // Issue 12: the portraits say what share of their group they describe, and take ranges from the drivers slide.
        Assert.Equal("Уходящий клиент: баллы собственности 4+, баланс от 660\u00A0тыс.\u00A0₽, активный — таких 32\u00A0% ушедших и 8\u00A0% оставшихся",
            portraits.GetProperty("sentences").GetProperty("ru").GetProperty("churned").GetString());
        Assert.Equal("Loyal client: equity score 0–1, 1 product — 27% of retained clients fit this, and 3% of churned ones",
            portraits.GetProperty("sentences").GetProperty("en").GetProperty("retained").GetString());
        Assert.Equal(1819, portraits.GetProperty("churned").GetProperty("clients").GetInt32());

        JsonElement value = results.GetProperty("value");
        Assert.Contains("coalesce(balance, 0)", value.GetProperty("formula").GetString(), StringComparison.Ordinal);
        double total = value.GetProperty("total").GetDouble(), lost = value.GetProperty("lost").GetDouble(), atRisk = value.GetProperty("at_risk").GetDouble();
        Assert.True(lost > 0 && lost < total && atRisk > 0 && atRisk < total - lost, $"total {total}, lost {lost}, at risk {atRisk}");
    }
}
