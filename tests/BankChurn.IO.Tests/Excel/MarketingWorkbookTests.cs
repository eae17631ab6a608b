using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BankChurn.Core;
using BankChurn.IO.Tests.Config;
using BankChurn.IO.Tests.EndToEnd;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;

namespace BankChurn.IO.Tests.Excel;

/// <summary>
/// The marketing workbook of a whole <c>generate</c> run on a small fixture whose city values look like formulas: read back
/// with ExcelDataReader (an independent reader), the Open XML validator and LibreOffice, and checked against results.json.
/// </summary>
public sealed class MarketingWorkbookTests(MarketingWorkbookTests.Run run, ITestOutputHelper log) : IClassFixture<MarketingWorkbookTests.Run>
{
    private const string Header = "USERID,score,city,gender,age,equity,balance,products,credit_card,last_activity,EST_SALARY,churn";
    private static readonly string[] Cities = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "Ярославль"];
    private readonly ITestOutputHelper _log = log;
    private readonly string _folder = run.Folder;
    private readonly byte[] _workbook = run.Workbook;
    private readonly JsonElement _results = run.Results;

    static MarketingWorkbookTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The one <c>generate</c> run every test of the class reads (xunit shares a class fixture; the tests only read it, and
    /// those that write do so under their own subfolder names).
    /// </summary>
#pragma warning disable CA1034 // Nested so the fixture sits beside the fixture data (Header, Row) it is made from.
    public sealed class Run : IDisposable
#pragma warning restore CA1034
    {
        public Run()
        {
            string data = Path.Combine(Folder, "clients.csv");
            File.WriteAllText(data, string.Join("\n", [Header, .. Enumerable.Range(1, 120).Select(Row)]) + "\n");
            string output = Path.Combine(Folder, "out");
            CliRun run = CliRun.Of("generate", "--config", RepoPaths.Config, "--data", data, "--out", output, "--period", "2026-10",
                "--set", "report.generated_at=2026-11-01T09:00:00+03:00", "--set", "segments.discovery.min_size=10",
                // The fixture's clients are worth little: at the default contact cost none would be worth a call, and the plan would be empty.
                "--set", "campaign.contact_cost=0");
            Assert.True(run.ExitCode == 0, run.ToString());
            Workbook = File.ReadAllBytes(Path.Combine(output, "2026-10", "segments.xlsx"));
            Results = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "2026-10", "results.json"))).RootElement.Clone();
        }

        public string Folder { get; } = Directory.CreateTempSubdirectory("bankchurn-xlsx-").FullName;

        public byte[] Workbook { get; }

        public JsonElement Results { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    // Every seventh client churned (not tied to a city); the city column cycles through texts that a spreadsheet would take for formulas.
    private static string Row(int i) => string.Create(CultureInfo.InvariantCulture,
        $"{100000 + (i % 97)},{800 + i % 100}.0,\"{Cities[i % Cities.Length].Replace("\"", "\"\"", StringComparison.Ordinal)}\",{(i % 2 == 0 ? "М" : "Ж")},{20 + i % 50}.0,{i % 6},{(i % 4 == 0 ? "" : (10000 + i * 10).ToString(CultureInfo.InvariantCulture) + ".5")},{1 + i % 3},{i % 2},{(i / 2) % 2},{50000 + i}.0,{(i % 7 == 3 ? 1 : 0)}");

    private Dictionary<string, List<(object?[] Values, string?[] Formats)>> Sheets()
    {
        var sheets = new Dictionary<string, List<(object?[], string?[])>>(StringComparer.Ordinal);
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(new MemoryStream(_workbook));
        do
        {
            var rows = new List<(object?[], string?[])>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                var formats = new string?[reader.FieldCount];
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i);
                    formats[i] = reader.GetNumberFormatString(i);
                }

                rows.Add((values, formats));
            }

            sheets.Add(reader.Name, rows);
        }
        while (reader.NextResult());
        return sheets;
    }

    private JsonElement[] Segments() => [.. _results.GetProperty("segments").EnumerateArray()];

    [Fact]
    public void Workbook_HasTheMarketingSheetsFirst()
    {
        Assert.Equal(["Сегменты", "Клиенты", "Кампании"], Sheets().Keys.Take(3));
    }

    [Fact]
    public void ClientsSheet_OneRowPerCurrentClientPerSegment_TypedAndFormatted()
    {
        var rows = Sheets()["Клиенты"];
        Assert.Equal(["id", "Сегмент", "Цель", "Приоритет", "ID клиента", "Город", "Пол", "Возраст", "Число продуктов", "Баланс", "Оценка дохода", "Активность", "Риск ухода"], rows[2].Values);
        var data = rows.Skip(3).ToList();
        int expected = Segments().Sum(s => s.GetProperty("current_clients").GetInt32());
        Assert.True(expected > 0);
        Assert.Equal(expected, data.Count);
        foreach (JsonElement segment in Segments())
            Assert.Equal(segment.GetProperty("current_clients").GetInt32(), data.Count(r => Equals(r.Values[0], segment.GetProperty("id").GetString())));

        (object?[] first, string?[] formats) = data[0];
        Assert.IsType<double>(first[3]);
        Assert.IsType<double>(first[4]);
        Assert.Equal("General", formats[4]); // an id, not an amount: no digit grouping
        Assert.Equal("#,##0", formats[7]);
        var balance = data.First(r => r.Values[9] is not null);
        Assert.IsType<double>(balance.Values[9]);
        Assert.Equal("#,##0\\ \"₽\"", balance.Formats[9]);
        Assert.Contains(data, r => r.Values[9] is null); // a missing balance stays an empty cell
    }

    /// <summary>The campaigns of results.json with the names the workbook gives them (the general offer has no segment name).</summary>
    private (string Name, JsonElement Campaign)[] PlanCampaigns() =>
        [.. _results.GetProperty("campaign").GetProperty("campaigns").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString() == "general_retention" ? "Общее предложение по удержанию" : c.GetProperty("name").GetString()!, c))];

    [Fact]
    public void CampaignSheet_IsThePlan_OneRowPerContactedClient_ByExpectedLoss_ControlFlagged()
    {
        var rows = Sheets()["Кампании"];
        JsonElement campaign = _results.GetProperty("campaign");
        Assert.Equal(["#", "Кампания", "Действие", "Контрольная группа", "Ожидаемая потеря, ₽ в год", "ID клиента"], rows[2].Values.Take(6));
        Assert.Equal("Риск ухода", rows[2].Values[^1]);
        var data = rows.Skip(3).ToList();
        int contacted = campaign.GetProperty("contacted").GetInt32();
        Assert.True(contacted > 0, "the fixture needs a plan with clients");
        Assert.True(contacted <= campaign.GetProperty("budget").GetInt32());
        Assert.Equal(contacted, data.Count);
        Assert.Equal(campaign.GetProperty("control").GetInt32(), data.Count(r => Equals(r.Values[3], "да — не связываться")));
        Assert.All(data, r => Assert.Contains(r.Values[3], new object[] { "да — не связываться", "нет" }));
        // Names, never internal ids; each campaign's clients as results.json counts them.
        foreach ((string name, JsonElement c) in PlanCampaigns())
        {
            Assert.DoesNotContain("found_", name, StringComparison.Ordinal);
            Assert.Equal(c.GetProperty("clients").GetInt32(), data.Count(r => Equals(r.Values[1], name)));
        }
        Assert.All(data, r => Assert.DoesNotMatch(@"^(found_|[a-z0-9_]+$)", (string)r.Values[1]!));
        // The plan's order: rank 1, 2, 3, ... by expected loss, highest first.
        Assert.Equal(Enumerable.Range(1, data.Count).Select(i => (double)i), data.Select(r => (double)r.Values[0]!));
        double[] loss = [.. data.Select(r => (double)r.Values[4]!)];
        for (int i = 1; i < loss.Length; i++)
            Assert.True(loss[i] <= loss[i - 1] + 1e-9, $"row {i + 1}: expected loss {loss[i]} after {loss[i - 1]}");
        Assert.Equal("#,##0\\ \"₽\"", data[0].Formats[4]);
        Assert.All(data, r => Assert.InRange((double)r.Values[^1]!, 0, 1));
        string title = Assert.IsType<string>(rows[0].Values[0]);
        Assert.StartsWith("План удержания: ", title, StringComparison.Ordinal);
        Assert.Contains("контрольная группа, им не звонить", title, StringComparison.Ordinal);
    }

    [Fact]
    public void CampaignSummarySheet_EveryCampaignAsInResultsJson_LargestSavedValueFirst_ThenTheTotal()
    {
        var rows = Sheets()["Сводка кампаний"];
        Assert.Equal(["Кампания", "Действие", "Клиентов", "Связаться", "Контрольная группа", "Стоимость, ₽", "Ожидаемо сохранить, ₽ в год"], rows[2].Values.Take(7));
        var data = rows.Skip(3).ToList();
        var campaigns = PlanCampaigns();
        Assert.Equal(campaigns.Length + 1, data.Count);
        for (int i = 0; i < campaigns.Length; i++)
        {
            (object?[] row, _) = data[i];
            JsonElement c = campaigns.Single(p => Equals(p.Name, row[0])).Campaign;
            Assert.Equal(c.GetProperty("clients").GetDouble(), row[2]);
            Assert.Equal(c.GetProperty("treated").GetDouble(), row[3]);
            Assert.Equal(c.GetProperty("control").GetDouble(), row[4]);
            Assert.Equal(c.GetProperty("cost").GetDouble(), (double)row[5]!, 6);
            Assert.Equal(c.GetProperty("expected_saved_value").GetDouble(), (double)row[6]!, 6);
            if (i > 0) Assert.True((double)row[6]! <= (double)data[i - 1].Values[6]!);
        }
        (object?[] total, _) = data[^1];
        Assert.Equal("Всего", total[0]);
        Assert.Equal(_results.GetProperty("campaign").GetProperty("contacted").GetDouble(), total[2]);
        Assert.Equal(_results.GetProperty("campaign").GetProperty("control").GetDouble(), total[4]);
    }

    [Fact]
    public void SegmentsSheet_EveryFigureEqualsResultsJson_SortedByGoalAndPriority()
    {
        var rows = Sheets()["Сегменты"];
        // The title gives each goal's segments taken together (every client once); the header follows a blank row.
        string title = Assert.IsType<string>(rows[0].Values[0]);
        Assert.StartsWith("Без повторов клиентов: удержание: ", title, StringComparison.Ordinal);
        var data = rows.Skip(3).ToList();
        JsonElement[] segments = Segments();
        Assert.Equal(segments.Length, data.Count);
        Assert.Equal("0.0%", data[0].Formats[10]);
        Assert.Equal("#,##0", data[0].Formats[7]);
        for (int i = 0; i < segments.Length; i++)
        {
            (object?[] row, _) = data[i];
            JsonElement s = segments[i];
            Assert.Equal(s.GetProperty("id").GetString(), row[2]);
            Assert.Equal(s.GetProperty("goal").GetString() == "retention" ? "удержание" : "привлечение", row[0]);
            Assert.Equal(s.GetProperty("priority").GetDouble(), row[1]);
            Assert.Equal(s.GetProperty("name").GetString(), row[3]);
            Assert.Equal(s.GetProperty("rule").GetString(), row[5]);
            Assert.Equal(s.GetProperty("clients").GetDouble(), row[7]);
            Assert.Equal(s.GetProperty("share_of_base").GetDouble(), (double)row[8]!, 12);
            Assert.Equal(s.GetProperty("churned").GetDouble(), row[9]);
            Assert.Equal(s.GetProperty("rate").GetDouble(), (double)row[10]!, 12);
            Assert.Equal(s.GetProperty("ci_low").GetDouble(), (double)row[11]!, 12);
            Assert.Equal(s.GetProperty("ci_high").GetDouble(), (double)row[12]!, 12);
            Assert.Equal(s.GetProperty("lift").GetDouble(), (double)row[13]!, 12);
            Assert.Equal(s.GetProperty("current_clients").GetDouble(), row[14]);
            Assert.Equal(s.GetProperty("churner_coverage").GetDouble(), (double)row[16]!, 12);
            Assert.Equal(s.GetProperty("avg_value").GetDouble(), (double)row[18]!, 9);
            Assert.Equal(s.GetProperty("value_lost").GetDouble(), (double)row[19]!, 9);
            Assert.Equal(s.GetProperty("value_at_risk").GetDouble(), (double)row[20]!, 9);
            if (s.TryGetProperty("holdout", out JsonElement holdout))
                Assert.Equal(holdout.GetProperty("lift").GetDouble(), (double)row[24]!, 12);
            else
                Assert.Null(row[24]);
        }

        // Retention first, then acquisition, each by priority 1, 2, ….
        var keys = data.Select(r => ((string)r.Values[0]! == "удержание" ? 0 : 1, (double)r.Values[1]!)).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void ComparisonSheets_EveryRowEqualsResultsJson()
    {
        Dictionary<string, List<(object?[] Values, string?[] Formats)>> sheets = Sheets();
        JsonElement[] segments = Segments();

        // Every segment against the rest of the base, one row per column (per level of a category).
        var profiles = sheets["Профили сегментов"].Skip(1).ToList();
        var expected = segments.SelectMany(s => s.GetProperty("profile").GetProperty("columns").EnumerateArray().Select(c => (Segment: s, Column: c))).ToList();
        Assert.Equal(expected.Count, profiles.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            (JsonElement segment, JsonElement column) = expected[i];
            object?[] row = profiles[i].Values;
            Assert.Equal(segment.GetProperty("id").GetString(), row[0]);
            AssertFigure(column.GetProperty("segment"), row[3]);
            AssertFigure(column.GetProperty("rest"), row[4]);
            AssertFigure(column.GetProperty("standardized_difference"), row[5]);
            bool inRule = segment.GetProperty("profile").GetProperty("rule_columns").EnumerateArray().Any(r => r.GetString() == column.GetProperty("column").GetString());
            Assert.Equal(inRule ? "да" : "нет", row[6]);
        }

        // Churned against current clients of the product segments: a count row, then one row per column.
        JsonElement[] compared = [.. segments.Where(s => s.TryGetProperty("subgroups", out _))];
        Assert.Equal(["products_1", "products_2", "products_3", "products_4_plus"], compared.Select(s => s.GetProperty("id").GetString()).Order());
        var subgroups = sheets["Ушедшие и текущие"].Skip(1).ToList();
        Assert.Equal(compared.Sum(s => 1 + s.GetProperty("subgroups").GetProperty("columns").GetArrayLength()), subgroups.Count);
        JsonElement first = compared.First(s => s.GetProperty("id").GetString() == (string)subgroups[0].Values[0]!).GetProperty("subgroups");
        Assert.Equal(first.GetProperty("churned").GetDouble(), subgroups[0].Values[3]);
        Assert.Equal(first.GetProperty("current").GetDouble(), subgroups[0].Values[4]);
        JsonElement age = first.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "age");
        object?[] ageRow = subgroups.Single(r => (string)r.Values[0]! == (string)subgroups[0].Values[0]! && (string)r.Values[2]! == "Возраст, среднее").Values;
        AssertFigure(age.GetProperty("churned"), ageRow[3]);
        AssertFigure(age.GetProperty("current"), ageRow[4]);
    }

    /// <summary>A figure of results.json and the workbook's cell for it: both missing, or the same number.</summary>
    private static void AssertFigure(JsonElement json, object? cell)
    {
        if (json.ValueKind == JsonValueKind.Null)
            Assert.Null(cell);
        else
            Assert.Equal(json.GetDouble(), Assert.IsType<double>(cell), 9);
    }

    [Fact]
    public void SegmentsSheet_HasDataBarsOnChurnShareAndANativeBarChart()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(_workbook), false);
        WorkbookPart workbook = document.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(first.Id!);
        var bars = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.ConditionalFormatting>().Single();
        Assert.Equal($"K4:K{Segments().Length + 3}", bars.SequenceOfReferences!.InnerText);
        Assert.NotNull(bars.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataBar>().SingleOrDefault());
        ChartPart chart = part.DrawingsPart!.ChartParts.Single();
        var barChart = chart.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Single();
        string values = barChart.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Values>().Single().InnerText;
        Assert.Contains($"'Сегменты'!$K$4:$K${Segments().Length + 3}", values, StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaLikeCities_AreLiteralTextAndNoWorksheetHasAFormula()
    {
        var clients = Sheets()["Клиенты"].Skip(3).Select(r => r.Values[5]).ToHashSet();
        foreach (string city in Cities.Take(4))
            Assert.Contains(city, clients);
        using var zip = new ZipArchive(new MemoryStream(_workbook), ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            string xml = reader.ReadToEnd();
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f ", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Workbook_PassesOpenXmlValidator()
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(_workbook), false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).ToList();
        foreach (ValidationErrorInfo error in errors)
            _log.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Slow)]
    public void Workbook_OpensInLibreOffice()
    {
        string? office = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "libreoffice")).FirstOrDefault(File.Exists);
        Requires.Tool(office is not null, "LibreOffice", "apt-get install libreoffice-calc");

        string file = Path.Combine(_folder, "segments.xlsx");
        File.WriteAllBytes(file, _workbook);
        string converted = Path.Combine(_folder, "lo");
        var start = new ProcessStartInfo(office!)
        {
            ArgumentList = { "--headless", $"-env:UserInstallation=file://{Path.Combine(_folder, "profile")}", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", converted, file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish in 2 minutes.");
        Assert.Equal(0, process.ExitCode);
        string csv = File.ReadAllText(Path.Combine(converted, "segments.csv"), Encoding.UTF8);
        _log.WriteLine(stderr);
        Assert.Contains(Segments()[0].GetProperty("id").GetString()!, csv, StringComparison.Ordinal);
        Assert.Contains("Доля оттока", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientListColumns_UnknownColumn_NamesTheKeyAndTheNearestColumn()
    {
        InputException problem = ConfigTestFiles.Fails("segments:\n  client_list:\n    columns: [user_id, cty]\n");
        Assert.Contains("segments.client_list.columns[1]", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'city'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientListColumns_Configured_LimitTheListColumns()
    {
        Assert.Equal(["user_id", "age"], (IEnumerable<string>)ConfigTestFiles.Parse("segments:\n  client_list:\n    columns: [user_id, age]\n").Segments.ClientListColumns);
        Assert.Equal((IEnumerable<string>)Core.Settings.SegmentsSettings.DefaultClientListColumns, ConfigTestFiles.Parse("seed: 1\n").Segments.ClientListColumns);
    }

    /// <summary>Runs generate on the fixture with the lists capped at <paramref name="maxRows"/>; returns the list sheet's title and the segment id of each row.</summary>
    private (CliRun Run, string Title, List<string> Ids, string Output) CappedList(string sheet, int maxRows, string folder, int column = 0)
    {
        string output = Path.Combine(_folder, folder);
        CliRun run = CliRun.Of("generate", "--config", RepoPaths.Config, "--data", Path.Combine(_folder, "clients.csv"), "--out", output, "--period", "2026-10",
            "--set", "report.generated_at=2026-11-01T09:00:00+03:00", "--set", "segments.discovery.min_size=10",
            "--set", "campaign.contact_cost=0", "--set", $"segments.client_list.max_rows={maxRows}");
        Assert.True(run.ExitCode == 0, run.ToString());

        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(File.OpenRead(Path.Combine(output, "2026-10", "segments.xlsx")));
        while (reader.Name != sheet)
            Assert.True(reader.NextResult(), $"no sheet {sheet}");
        Assert.True(reader.Read());
        string title = reader.GetString(0);
        var ids = new List<string>();
        reader.Read();
        reader.Read();
        while (reader.Read())
            ids.Add(reader.GetString(column));
        return (run, title, ids, output);
    }

    [Fact]
    public void ClientListMaxRows_ListsWholeSegmentsThatFitAndNamesTheRest()
    {
        // Room for the first two segments but not the third: whole segments only, in segments-sheet order, never a cut list.
        JsonElement[] segments = Segments();
        int first = segments[0].GetProperty("current_clients").GetInt32(), second = segments[1].GetProperty("current_clients").GetInt32();
        int third = segments[2].GetProperty("current_clients").GetInt32();
        Assert.True(third > 1, "the fixture needs a third segment with clients");
        int maxRows = first + second + third - 1;
        (CliRun run, string title, List<string> ids, _) = CappedList("Клиенты", maxRows, "capped");

        string thirdId = segments[2].GetProperty("id").GetString()!;
        Assert.DoesNotContain(thirdId, ids);
        Assert.Contains(thirdId, title, StringComparison.Ordinal);
        Assert.Contains("segments.client_list.max_rows", title, StringComparison.Ordinal);
        Assert.True(ids.Count <= maxRows);
        foreach (JsonElement segment in segments)
        {
            int listed = ids.Count(id => id == segment.GetProperty("id").GetString());
            Assert.True(listed == 0 || listed == segment.GetProperty("current_clients").GetInt32(), "a segment is listed whole or not at all");
        }
        Assert.Contains($"segments.client_list.max_rows = {maxRows}: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientListMaxRows_CampaignsSheetListsWholeCampaignsThatFit_ResultsJsonCountsThemAll()
    {
        // One row short of the first campaign: it is left out whole and named in the title; later smaller ones may still fit.
        var campaigns = PlanCampaigns();
        int first = campaigns[0].Campaign.GetProperty("clients").GetInt32();
        Assert.True(first > 1, "the fixture needs a first campaign of two clients or more");
        int maxRows = first - 1;
        (CliRun run, string title, List<string> names, string output) = CappedList("Кампании", maxRows, "capped-campaigns", column: 1);

        Assert.DoesNotContain(campaigns[0].Name, names);
        Assert.Contains(campaigns[0].Name, title, StringComparison.Ordinal);
        Assert.True(names.Count <= maxRows);
        foreach ((string name, JsonElement campaign) in campaigns)
        {
            int listed = names.Count(n => n == name);
            Assert.True(listed == 0 || listed == campaign.GetProperty("clients").GetInt32(), "a campaign is listed whole or not at all");
        }

        JsonElement capped = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "2026-10", "results.json"))).RootElement.GetProperty("campaign");
        Assert.Equal(_results.GetProperty("campaign").GetProperty("contacted").GetInt32(), capped.GetProperty("contacted").GetInt32());
        // The run summary speaks the report's language (Russian here).
        Assert.Contains("лист кампаний содержит", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientListMaxRows_Zero_LeavesBothListsOut()
    {
        string output = Path.Combine(_folder, "none");
        CliRun run = CliRun.Of("generate", "--config", RepoPaths.Config, "--data", Path.Combine(_folder, "clients.csv"), "--out", output, "--period", "2026-10",
            "--set", "segments.client_list.max_rows=0");
        Assert.True(run.ExitCode == 0, run.ToString());
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(File.OpenRead(Path.Combine(output, "2026-10", "segments.xlsx")));
        var names = new List<string>();
        do
            names.Add(reader.Name);
        while (reader.NextResult());
        Assert.DoesNotContain("Клиенты", names);
        Assert.DoesNotContain("Кампании", names);
        Assert.Contains("Сегменты", names);
    }
}
