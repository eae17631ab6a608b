using System.Text;
using System.Text.Json;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary>The whole <c>generate</c> command: real and fixture data, the outputs it writes, and every way it refuses.</summary>
public sealed class GenerateTests : IDisposable
{
    private const string Period = "2026-10";
    private const string Header = "USERID,score,city,gender,age,equity,balance,products,credit_card,last_activity,EST_SALARY,churn";
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-e2e-").FullName;

    static GenerateTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    private string PeriodFolder => Path.Combine(Out, Period);

    private CliRun Generate(string data, params string[] extra) =>
        CliRun.Of(["generate", "--config", RepoPaths.Config, "--data", data, "--out", Out, "--period", Period, "--set", "report.generated_at=2026-11-01T09:00:00+03:00", .. extra]);

    private string WriteData(string name, params string[] rows)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\n", [Header, .. rows]) + "\n");
        return path;
    }

    private static string[] ValidRows(int count, bool churners = true) =>
        [.. Enumerable.Range(1, count).Select(i =>
            $"{100000 + i},{800 + i % 100}.0,{(i % 3 == 0 ? "Рыбинск" : "Ярославль")},{(i % 2 == 0 ? "М" : "Ж")},{20 + i % 50}.0,{i % 6},{(i % 4 == 0 ? "" : (10000 + i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".5")},{1 + i % 3},{i % 2},{(i / 2) % 2},{50000 + i}.0,{(churners && i % 5 == 0 ? 1 : 0)}")];

    private JsonElement Results() => JsonDocument.Parse(File.ReadAllText(Path.Combine(PeriodFolder, "results.json"))).RootElement;

    [Fact]
    public void Generate_RealTable_ReportsTheKnownFigures()
    {
        string real = RealTable.RequirePath();
        CliRun run = Generate(real);
        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement data = Results().GetProperty("data");
        // Expected: /usr/bin/python3 -c "import pandas as pd; d=pd.read_csv('bank_scrooge.csv'); u=d[d.products!=0];
        //   print(len(d), d.age.isna().sum(), d.balance.isna().sum(), d.USERID.duplicated().sum(), len(u), u.churn.sum())"
        // → 10000 26 2295 73 9999 1819
        Assert.Equal(10000, data.GetProperty("rows_read").GetInt32());
        Assert.Equal(26, data.GetProperty("missing").GetProperty("age").GetInt32());
        Assert.Equal(2295, data.GetProperty("missing").GetProperty("balance").GetInt32());
        Assert.Equal(73, data.GetProperty("duplicate_user_ids").GetInt32());
        JsonElement exclusion = Assert.Single(data.GetProperty("exclusions").EnumerateArray());
        Assert.Equal("products == 0", exclusion.GetProperty("rule").GetString());
        Assert.Equal(1, exclusion.GetProperty("rows").GetInt32());
        Assert.Equal(9999, data.GetProperty("rows_used").GetInt32());
        Assert.Equal(1819, Results().GetProperty("churn").GetProperty("churned").GetInt32());
        Assert.Equal(1819.0 / 9999, Results().GetProperty("churn").GetProperty("rate").GetDouble(), 12);

        // The finding the data-quality block must make by itself: missing balances sit at equity 0–1 and one product and almost never churn.
        JsonElement balance = data.GetProperty("missingness").EnumerateArray().Single(m => m.GetProperty("column").GetString() == "balance");
        Assert.True(balance.GetProperty("churn").GetProperty("missing_rate").GetDouble() < 0.01);
        Assert.True(balance.GetProperty("churn").GetProperty("present_rate").GetDouble() > 0.2);
        JsonElement equity = balance.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("column").GetString() == "equity");
        Assert.True(equity.GetProperty("concentration").EnumerateArray().Sum(l => l.GetProperty("share_of_missing").GetDouble()) > 0.9);
        Assert.Contains(balance.GetProperty("associations").EnumerateArray(), a => a.GetProperty("column").GetString() == "products");
    }

    [Fact]
    public void Generate_RealTable_WritesSegmentsThatReconcile()
    {
        string real = RealTable.RequirePath();
        Assert.Equal(0, Generate(real).ExitCode);
        JsonElement[] segments = [.. Results().GetProperty("segments").EnumerateArray()];
        // pandas on the cleaned rows: d=d[d.products!=0]; s=d[(d.gender=='Ж')&(d.credit_card==1)&(d.equity<3)]; print(len(s), s.churn.sum()) → 1501 63
        JsonElement women = segments.Single(s => s.GetProperty("id").GetString() == "women_cc_equity_lt3");
        Assert.Equal((1501, 63, 1438), (women.GetProperty("clients").GetInt32(), women.GetProperty("churned").GetInt32(), women.GetProperty("current_clients").GetInt32()));
        Assert.Contains(segments, s => s.GetProperty("source").GetString() == "discovered" && s.GetProperty("goal").GetString() == "retention");
        foreach (string goal in new[] { "retention", "acquisition" })
        {
            int[] priorities = [.. segments.Where(s => s.GetProperty("goal").GetString() == goal).Select(s => s.GetProperty("priority").GetInt32())];
            Assert.Equal(Enumerable.Range(1, priorities.Length), priorities.Order());
        }
        JsonElement campaign = Results().GetProperty("campaign");
        Assert.Equal(campaign.GetProperty("current_clients").GetInt32(), campaign.GetProperty("assigned").GetInt32() + campaign.GetProperty("unassigned").GetInt32());
        Assert.Equal(9999 - 1819, campaign.GetProperty("current_clients").GetInt32());
    }

    [Fact]
    public void Generate_RealTableReencoded_GivesTheSameFigures()
    {
        string real = RealTable.RequirePath();
        Assert.Equal(0, Generate(real).ExitCode);
        string original = DataAndChurn(Results());

        // Windows-1251, ';' separators, decimal commas.
        string[] lines = File.ReadAllLines(real, Encoding.UTF8);
        string cp1251 = Path.Combine(_folder, "cp1251.csv");
        File.WriteAllLines(cp1251, lines.Select(l => l.Replace(',', ';').Replace('.', ',')), Encoding.GetEncoding(1251));
        CliRun run = Generate(cp1251);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(original, DataAndChurn(Results()));

        // UTF-8 with BOM, CRLF, columns reversed.
        string bom = Path.Combine(_folder, "bom.csv");
        File.WriteAllText(bom, string.Join("\r\n", lines.Select(l => string.Join(',', l.Split(',').Reverse()))) + "\r\n", new UTF8Encoding(true));
        run = Generate(bom);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(original, DataAndChurn(Results()));
    }

    /// <summary>The data and churn blocks without the fields that name the file itself.</summary>
    private static string DataAndChurn(JsonElement results)
    {
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(results.GetProperty("data").GetRawText())!;
        data.Remove("source");
        data.Remove("sha256");
        return JsonSerializer.Serialize(data) + results.GetProperty("churn").GetRawText();
    }

    [Fact]
    public void Generate_ThreeBadRows_FailsNamingEveryLineAndWritesNothing()
    {
        string[] rows = ValidRows(30);
        rows[4] = rows[4].Replace(",25.0,", ",abc,", StringComparison.Ordinal);       // line 6: text age
        rows[9] = string.Join(',', rows[9].Split(',').Take(8));                       // line 11: short row
        rows[14] = rows[14][..rows[14].LastIndexOf(',')] + ",7";                      // line 16: churn 7
        string data = WriteData("bad.csv", rows);
        CliRun run = Generate(data);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("line 6", run.Errors, StringComparison.Ordinal);
        Assert.Contains("line 11", run.Errors, StringComparison.Ordinal);
        Assert.Contains("line 16", run.Errors, StringComparison.Ordinal);
        Assert.Contains("bad.csv", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PeriodFolder) && Directory.EnumerateFileSystemEntries(PeriodFolder).Any());

        run = Generate(data, "--set", "input.on_invalid_row=skip");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, Results().GetProperty("data").GetProperty("rows_rejected").GetInt32());
        Assert.Equal(27, Results().GetProperty("data").GetProperty("rows_used").GetInt32());
        string rejected = File.ReadAllText(Path.Combine(PeriodFolder, "rejected_rows.csv"));
        Assert.Contains("abc", rejected, StringComparison.Ordinal);
        Assert.Equal(4, rejected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 3 rows
    }

    [Fact]
    public void Generate_FailedRun_LeavesThePreviousOutputUntouched()
    {
        Assert.Equal(0, Generate(WriteData("good.csv", ValidRows(40))).ExitCode);
        var before = Directory.GetFiles(PeriodFolder).ToDictionary(f => f, File.ReadAllBytes);

        CliRun run = Generate(WriteData("bad.csv", [.. ValidRows(5), "x,1,2"]));
        Assert.Equal(1, run.ExitCode);
        var after = Directory.GetFiles(PeriodFolder, "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        foreach (string file in after)
            Assert.Equal(before[file], File.ReadAllBytes(file));
    }

    [Fact]
    public void Generate_MonthWithoutChurners_GivesAValidReportWithoutNaN()
    {
        CliRun run = Generate(WriteData("calm.csv", ValidRows(25, churners: false)));
        Assert.True(run.ExitCode == 0, run.ToString());
        string json = File.ReadAllText(Path.Combine(PeriodFolder, "results.json"));
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.Equal(0, Results().GetProperty("churn").GetProperty("churned").GetInt32());
        Assert.Equal(0, Results().GetProperty("churn").GetProperty("rate").GetDouble());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(Header + "\n", "no client rows")]
    public void Generate_EmptyOrHeaderOnlyFile_ExitsOneWithAClearMessage(string content, string keyWords)
    {
        string path = Path.Combine(_folder, "empty.csv");
        File.WriteAllText(path, content);
        CliRun run = Generate(path);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(keyWords, run.Errors, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("empty.csv", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MissingRequiredColumn_NamesItAndListsTheHeaders()
    {
        string path = Path.Combine(_folder, "nochurn.csv");
        File.WriteAllLines(path, [Header.Replace(",churn", "", StringComparison.Ordinal), "1,850.0,Рыбинск,Ж,25.0,1,100.0,2,0,1,75719.14"]);
        CliRun run = Generate(path);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("churn", run.Errors, StringComparison.Ordinal);
        Assert.Contains("EST_SALARY", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--set", "report.languag=en" }, "language")]          // misspelt key: the nearest valid one
    [InlineData(new[] { "--set", "report.language=de" }, "report.language")]  // bad value
    [InlineData(new[] { "--set", "cleaning.exclude[0].rule=products =! 0" }, "exclusion rule 1")] // bad rule names its owner
    [InlineData(new[] { "--frobnicate" }, "--frobnicate")]                      // unknown option
    public void Generate_UsageOrConfigMistake_ExitsTwo(string[] extra, string keyWords)
    {
        CliRun run = Generate(WriteData("good.csv", ValidRows(10)), extra);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(keyWords, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PeriodFolder));
    }

    [Fact]
    public void Generate_MissingConfigFile_ExitsTwo()
    {
        CliRun run = CliRun.Of("generate", "--config", Path.Combine(_folder, "nope.yaml"));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("nope.yaml", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WritesTheThreeOutputsAndNothingElse()
    {
        CliRun run = Generate(WriteData("good.csv", ValidRows(40)));
        Assert.True(run.ExitCode == 0, run.ToString());
        // Plus scores.csv (issue 15): every client's churn probability, campaign and control flag.
        Assert.Equal(["report.pdf", "results.json", "scores.csv", "segments.xlsx"], Directory.GetFiles(PeriodFolder).Select(Path.GetFileName).Order());
        Assert.Equal("1.0", Results().GetProperty("schema_version").GetString());
        Assert.Equal(Period, Results().GetProperty("period").GetString());
        Assert.Equal("2026-11-01T09:00:00+03:00", Results().GetProperty("generated_at").GetString());
    }

    [Fact]
    public void Validate_GoodInput_WritesNothing()
    {
        CliRun run = CliRun.Of("validate", "--config", RepoPaths.Config, "--data", WriteData("good.csv", ValidRows(10)), "--out", Out);
        Assert.True(run.ExitCode == 0, run.ToString());
        // The repository's config reports in Russian: "Проверено: … в порядке".
        Assert.Contains("в порядке", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Synth_WritesTheRequestedRows()
    {
        string path = Path.Combine(_folder, "synth.csv");
        CliRun run = CliRun.Of("synth", "--rows", "500", "--seed", "3", "--out", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(501, lines.Length);
        Assert.Equal(Header, lines[0]);
    }
}
