using System.Text.Json;
using BankChurn.IO.Tests.EndToEnd;
using BankChurn.IO.Tests.Pdf;
using ExcelDataReader;

namespace BankChurn.IO.Tests.Changes;

/// <summary>Month over month end to end: the changes block checked against the two results.json files, the deck slide and the workbook sheets.</summary>
public sealed class MonthOverMonthTests(TwoMonths months) : IClassFixture<TwoMonths>
{
    [Fact]
    public void FirstMonth_HasNothingToCompare_AndNoSlide()
    {
        Assert.True(months.FirstRun.ExitCode == 0, months.FirstRun.ToString());
        JsonElement changes = months.Results(TwoMonths.First).GetProperty("changes");
        Assert.False(changes.GetProperty("available").GetBoolean());
        Assert.Equal("no_previous_results", changes.GetProperty("reason").GetString());
        Assert.Equal("2026-08", changes.GetProperty("previous_period").GetString());
        string text = PdfRender.Poppler("pdftotext", "-enc", "UTF-8", months.PathOf(TwoMonths.First, "report.pdf"), "-");
        Assert.DoesNotContain("Сравнение с прошлым месяцем", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondMonth_ChangesEqualTheDifferenceOfTheTwoResultFiles()
    {
        Assert.True(months.SecondRun.ExitCode == 0, months.SecondRun.ToString());
        JsonElement before = months.Results(TwoMonths.First), after = months.Results(TwoMonths.Second);
        JsonElement changes = after.GetProperty("changes");
        Assert.True(changes.GetProperty("available").GetBoolean());
        Assert.Equal(TwoMonths.First, changes.GetProperty("previous_period").GetString());
        Assert.Equal("../2026-09/results.json", changes.GetProperty("previous_results").GetString());

        // Headline figures: previous and current are the two files' figures, the change their difference.
        double rate0 = before.GetProperty("churn").GetProperty("rate").GetDouble(), rate1 = after.GetProperty("churn").GetProperty("rate").GetDouble();
        JsonElement rate = Figure(changes, "churn.rate");
        Assert.Equal(rate0, rate.GetProperty("previous").GetDouble(), 15);
        Assert.Equal(rate1, rate.GetProperty("current").GetDouble(), 15);
        Assert.Equal(rate1 - rate0, rate.GetProperty("absolute").GetDouble(), 15);
        Assert.Equal((rate1 - rate0) / rate0, rate.GetProperty("relative").GetDouble(), 12);
        JsonElement atRisk = Figure(changes, "value.at_risk");
        Assert.Equal(after.GetProperty("value").GetProperty("at_risk").GetDouble() - before.GetProperty("value").GetProperty("at_risk").GetDouble(),
            atRisk.GetProperty("absolute").GetDouble(), 6);
        Assert.Equal(after.GetProperty("data").GetProperty("missing").GetProperty("balance").GetInt32()
            - before.GetProperty("data").GetProperty("missing").GetProperty("balance").GetInt32(), Figure(changes, "data.missing.balance").GetProperty("absolute").GetInt32());
        Assert.Equal(rate1 - rate0, changes.GetProperty("churn_test").GetProperty("difference").GetDouble(), 15);

        // Segments in both months with the same rule: the counts are the two files' counts.
        var previous = Segments(before);
        var current = Segments(after);
        JsonElement[] both = [.. changes.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("status").GetString() == "both")];
        Assert.NotEmpty(both);
        foreach (JsonElement s in both)
        {
            string id = s.GetProperty("id").GetString()!;
            int c0 = previous[id].GetProperty("clients").GetInt32(), c1 = current[id].GetProperty("clients").GetInt32();
            Assert.Equal(c0, s.GetProperty("previous").GetProperty("clients").GetInt32());
            Assert.Equal(c1, s.GetProperty("reapplied").GetProperty("clients").GetInt32());
            Assert.Equal(c1 - c0, s.GetProperty("clients_change").GetInt32());
            Assert.Equal(current[id].GetProperty("rate").GetDouble() - previous[id].GetProperty("rate").GetDouble(), s.GetProperty("rate_change").GetDouble(), 15);
            Assert.InRange(s.GetProperty("p_value").GetDouble(), 0, 1);
        }

        // Every id of either month appears once, with the right status.
        var statuses = changes.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.All(current.Keys, id => Assert.Contains(statuses[id], new[] { "both", "new", "redefined" }));
        Assert.All(previous.Keys.Except(current.Keys), id => Assert.Equal("gone", statuses[id]));
        Assert.Equal(previous.Keys.Except(current.Keys).Count(), changes.GetProperty("segment_counts").GetProperty("gone").GetInt32());
        Assert.All(changes.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("source").GetString() == "discovered" && s.GetProperty("status").GetString() != "gone"),
            s => Assert.InRange(s.GetProperty("stability").GetDouble(), 0, 1));
    }

    [Fact]
    public void SecondMonth_ShiftShareRecomputesFromLastMonthsPartition()
    {
        JsonElement before = months.Results(TwoMonths.First), after = months.Results(TwoMonths.Second);
        JsonElement shift = after.GetProperty("changes").GetProperty("shift_share");
        double rate0 = before.GetProperty("churn").GetProperty("rate").GetDouble(), rate1 = after.GetProperty("churn").GetProperty("rate").GetDouble();
        Assert.Equal(rate1 - rate0, shift.GetProperty("total").GetDouble(), 14);
        Assert.Equal(shift.GetProperty("total").GetDouble(),
            shift.GetProperty("mix").GetDouble() + shift.GetProperty("rate").GetDouble() + shift.GetProperty("interaction").GetDouble(), 14);

        // Last month's cells are the ones its own file recorded, and this month's cover every client.
        JsonElement[] recorded = [.. before.GetProperty("priority_partition").GetProperty("cells").EnumerateArray()];
        JsonElement[] cells = [.. shift.GetProperty("cells").EnumerateArray()];
        Assert.Equal(recorded.Length, cells.Length);
        Assert.True(cells.Length >= 2);
        int clients0 = before.GetProperty("churn").GetProperty("clients").GetInt32(), clients1 = after.GetProperty("churn").GetProperty("clients").GetInt32();
        Assert.Equal(clients0, recorded.Sum(c => c.GetProperty("clients").GetInt32()));
        Assert.Equal(clients1, cells.Sum(c => c.GetProperty("current_clients").GetInt32()));
        double mix = 0, rateEffect = 0, interaction = 0;
        for (int i = 0; i < cells.Length; i++)
        {
            Assert.Equal(recorded[i].GetProperty("id").GetString(), cells[i].GetProperty("id").GetString());
            int n0 = recorded[i].GetProperty("clients").GetInt32(), x0 = recorded[i].GetProperty("churned").GetInt32();
            int n1 = cells[i].GetProperty("current_clients").GetInt32(), x1 = cells[i].GetProperty("current_churned").GetInt32();
            Assert.Equal(n0, cells[i].GetProperty("previous_clients").GetInt32());
            double s0 = (double)n0 / clients0, s1 = (double)n1 / clients1;
            double r0 = n0 == 0 ? 0 : (double)x0 / n0, r1 = n1 == 0 ? 0 : (double)x1 / n1;
            mix += (s1 - s0) * r0;
            rateEffect += s0 * (r1 - r0);
            interaction += (s1 - s0) * (r1 - r0);
        }
        Assert.Equal(mix, shift.GetProperty("mix").GetDouble(), 14);
        Assert.Equal(rateEffect, shift.GetProperty("rate").GetDouble(), 14);
        Assert.Equal(interaction, shift.GetProperty("interaction").GetDouble(), 14);
    }

    [Fact]
    public void SecondMonth_DeckHasTheMonthOverMonthSlide()
    {
        string text = PdfRender.Poppler("pdftotext", "-enc", "UTF-8", months.PathOf(TwoMonths.Second, "report.pdf"), "-").Replace('\u00A0', ' ');
        Assert.Contains("Сравнение с прошлым месяцем (сентябрь 2026)", text, StringComparison.Ordinal);
        Assert.Contains("Почему изменился отток", text, StringComparison.Ordinal);
        Assert.Contains("Доля оттока: прошлый месяц → этот", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondMonth_WorkbookHasChangeColumns()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using FileStream stream = File.OpenRead(months.PathOf(TwoMonths.Second, "segments.xlsx"));
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());

        List<object?[]> changes = sheets["Изменения"];
        string?[] header = [.. changes[0].Select(v => v?.ToString())];
        foreach (string column in new[] { "Статус", "Клиентов, было", "Клиентов, сейчас", "Изменение клиентов", "Доля оттока, было", "Доля оттока, сейчас", "p изменения", "Стабильность" })
            Assert.Contains(column, header);
        JsonElement segments = months.Results(TwoMonths.Second).GetProperty("changes").GetProperty("segments");
        Assert.Equal(segments.GetArrayLength(), changes.Count - 1);
        int id = Array.IndexOf(header, "id"), change = Array.IndexOf(header, "Изменение клиентов");
        foreach (JsonElement s in segments.EnumerateArray().Where(s => s.GetProperty("clients_change").ValueKind == JsonValueKind.Number))
        {
            object?[] row = changes.Single(r => Equals(r[id], s.GetProperty("id").GetString()));
            Assert.Equal(s.GetProperty("clients_change").GetDouble(), Convert.ToDouble(row[change], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Contains("Изменения показателей", sheets.Keys);
    }

    [Fact]
    public void MalformedPreviousResults_IsADataErrorNamingTheFile()
    {
        string bad = Path.Combine(months.Folder, "broken.json");
        File.WriteAllText(bad, "{ \"schema_version\": \"1.0\", \"period\": ");
        CliRun run = months.Generate("clients_month02.csv", "2026-11", "--set", $"comparison.previous_results={bad}");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.json", run.Errors, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviousResultsOfAnotherSchema_SaysWhichVersion()
    {
        string other = Path.Combine(months.Folder, "v2.json");
        File.WriteAllText(other, "{ \"schema_version\": \"2.0\", \"period\": \"2026-10\", \"extra\": [1, 2] }");
        CliRun run = months.Generate("clients_month02.csv", "2026-11", "--set", $"comparison.previous_results={other}");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("schema_version '2.0'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredPreviousResultsThatDoNotExist_IsAConfigError()
    {
        CliRun run = months.Generate("clients_month02.csv", "2026-11", "--set", $"comparison.previous_results={Path.Combine(months.Folder, "nope.json")}");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("comparison.previous_results", run.Errors, StringComparison.Ordinal);
    }

    private static JsonElement Figure(JsonElement changes, string key) =>
        changes.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    private static Dictionary<string, JsonElement> Segments(JsonElement results) =>
        results.GetProperty("segments").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s);
}
