using System.Text;
using System.Text.Json.Nodes;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>
/// The hostile inputs of issue 14, each generated here: every one ends in a clear user error (or a valid report) within
/// a generous time bound, with the previous outputs untouched byte for byte when it fails. The time bound is a guard
/// against hangs and super-linear work, not a benchmark.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private readonly MutationBench _bench = new("hostile");

    public void Dispose() => _bench.Dispose();

    private static string[] Lines => Encoding.UTF8.GetString(MutationBench.ValidData).TrimEnd('\n').Split('\n');

    private static int Column(string name) =>
        Array.FindIndex(Lines[0].TrimEnd('\r').Split(','), h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The valid table with <paramref name="change"/> applied to the fields of each data row (row number from 1).</summary>
    private static byte[] Table(Func<int, string[], string[]> change)
    {
        string[] lines = Lines;
        var text = new StringBuilder(lines[0]).Append('\n');
        for (int row = 1; row < lines.Length; row++)
            text.Append(string.Join(',', change(row, lines[row].TrimEnd('\r').Split(',')))).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Runs <c>generate</c> on the case, then <c>validate</c> on the same inputs. "validate fails wherever generate would"
    /// (issue 14): validate must end with the same exit code and, when generate refuses, print the same message.
    /// </summary>
    private async Task<CliRun> Generate(byte[] data, string? config = null, params string[] extra)
    {
        config ??= MutationBench.ValidConfig;
        (CliRun run, string? failure) = await Task.Run(() => _bench.RunCase(data, config, extra)).WaitAsync(Bound, TestContext.Current.CancellationToken);
        Assert.True(failure is null, failure);
        CliRun check = await Task.Run(() => _bench.Validate(data, config, extra)).WaitAsync(Bound, TestContext.Current.CancellationToken);
        AssertValidateAgrees(run, check);
        return run;
    }

    private static void AssertValidateAgrees(CliRun generate, CliRun validate)
    {
        Assert.True(validate.ExitCode == generate.ExitCode, $"validate ended otherwise than generate.\n=== generate: {generate}\n=== validate: {validate}");
        if (generate.ExitCode != 0)
            Assert.Equal(generate.Errors, validate.Errors);
    }

    private static void AssertRefused(CliRun run, int exitCode, params string[] words)
    {
        Assert.True(run.ExitCode == exitCode, run.ToString());
        foreach (string word in words)
            Assert.Contains(word, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    // --- Quotes (issue 14, failure 4) ---

    [Theory]
    [InlineData("fail")]
    [InlineData("skip")]
    public async Task Generate_UnclosedQuote_NamesTheLineItOpenedOn(string mode)
    {
        int city = Column("city");
        byte[] data = Table((row, f) =>
        {
            if (row == 7) f[city] = "\"" + f[city];
            return f;
        });
        CliRun run = await Generate(data, null, "--set", "input.on_invalid_row=" + mode);
        AssertRefused(run, 1, "clients.csv:8 (city)", "a quote opened on line 8", $"lines 8 to {Lines.Length}");
    }

    [Theory]
    [InlineData("fail")]
    [InlineData("skip")]
    public async Task Generate_QuoteClosedLinesLater_DoesNotFoldRows(string mode)
    {
        int city = Column("city");
        byte[] data = Table((row, f) =>
        {
            if (row == 10) f[city] = "\"" + f[city];
            if (row == 14) f[city] += "\"";
            return f;
        });
        CliRun run = await Generate(data, null, "--set", "input.on_invalid_row=" + mode);
        AssertRefused(run, 1, "clients.csv:11 (city)", "a quote opened on line 11", "lines 11 to 15");
    }

    [Fact]
    public async Task Generate_QuotedValuesOnOneLine_StillRead()
    {
        int city = Column("city");
        CliRun run = await Generate(Table((row, f) =>
        {
            f[city] = "\"" + f[city] + "\"";
            return f;
        }));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    // --- Zero clients (failure 9) ---

    [Fact]
    public async Task Generate_EveryRowExcluded_ExitsOneNamingTheRule()
    {
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", "cleaning.exclude[0].rule=churn >= 0");
        AssertRefused(run, 1, "no clients are left after cleaning", "the exclusion rule \"churn >= 0\"", "previous outputs were left as they were");
    }

    [Fact]
    public async Task Generate_EveryRowInvalidUnderSkip_ExitsOne()
    {
        int age = Column("age");
        CliRun run = await Generate(Table((row, f) =>
        {
            f[age] = "old";
            return f;
        }), null, "--set", "input.on_invalid_row=skip");
        AssertRefused(run, 1, "clients.csv");
    }

    // --- Deep nesting (failure 7) ---

    public static TheoryData<string, string> DeepConfig() => new()
    {
        { "cleaning.exclude[0].rule", new string('(', 5000) + "age > 1" + new string(')', 5000) },
        { "cleaning.exclude[0].rule", string.Join(" or ", Enumerable.Range(0, 5000).Select(i => $"age > {i}")) },
        { "cleaning.exclude[0].rule", string.Concat(Enumerable.Repeat("not ", 5000)) + "age > 1" },
        { "value.formula", string.Join(" + ", Enumerable.Repeat("balance", 5000)) },
        { "value.formula", new string('-', 5000) + "balance" },
        { "value.formula", string.Concat(Enumerable.Repeat("abs(", 3000)) + "balance" + new string(')', 3000) },
    };

    [Theory]
    [MemberData(nameof(DeepConfig))]
    public async Task Generate_RuleOrFormulaNestedThousandsDeep_ExitsTwoWithKeyAndPosition(string key, string text)
    {
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", $"{key}={text}");
        AssertRefused(run, 2, $"({key})", "at position ", "nested more than 200 levels deep");
        Assert.True(run.Errors.Length < 2000, "the message quotes the whole machine-made text");
    }

    [Fact]
    public async Task Generate_RuleNested200Deep_IsStillAccepted()
    {
        string rule = new string('(', 150) + "age > 200" + new string(')', 150);
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", $"cleaning.exclude[0].rule={rule}");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    // --- A damaged previous results.json (failures 7 and 8) ---

    private string PreviousFile(Action<JsonNode> damage)
    {
        JsonNode json = JsonNode.Parse(MutationBench.ValidResultsJson)!;
        damage(json);
        string path = Path.Combine(_bench.Folder, "previous.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    public static TheoryData<string, string> DamagedPrevious() => new()
    {
        { "huge rate", "outside the range" },
        { "subnormal rate", "outside the range" },
        { "huge value total", "outside the range" },
        { "huge lift", "outside the range" },
        { "deep segment rule", "nested more than 200 levels deep" },
        { "long segment rule chain", "nested more than 200 levels deep" },
        { "deep partition rule", "nested more than 200 levels deep" },
        { "partition cell without a rule", "has no rule" },
    };

    [Theory]
    [MemberData(nameof(DamagedPrevious))]
    public async Task Generate_DamagedPreviousResults_ExitsOneNamingTheFile(string damage, string words)
    {
        string deep = new string('(', 5000) + "age > 1" + new string(')', 5000);
        string path = PreviousFile(json =>
        {
            switch (damage)
            {
                case "huge rate": json["churn"]!["rate"] = 1e300; break;
                case "subnormal rate": json["churn"]!["rate"] = 5e-324; break;
                case "huge value total": json["value"]!.AsObject().First(p => p.Value is JsonValue).Value!.ReplaceWith(1e300); break;
                case "huge lift": json["segments"]![0]!["lift"] = 1e300; break;
                case "deep segment rule": json["segments"]![0]!["rule"] = deep; break;
                case "long segment rule chain": json["segments"]![0]!["rule"] = string.Join(" or ", Enumerable.Range(0, 20000).Select(i => $"age > {i}")); break;
                case "deep partition rule": json["priority_partition"]!["cells"]![0]!["rule"] = deep; break;
                default: json["priority_partition"]!["cells"]![0]!.AsObject().Remove("rule"); break;
            }
        });
        _bench.AlsoNamed = path;
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", $"comparison.previous_results={path}");
        AssertRefused(run, 1, "previous.json", words);
    }

    [UnixTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task Generate_PreviousResultsIsADevice_ExitsOneWithoutReadingForever(string device)
    {
        _bench.AlsoNamed = device;
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", $"comparison.previous_results={device}");
        AssertRefused(run, 1, device);
    }

    // --- Exit 70 for user input (failure 8) ---

    [Fact]
    public async Task Generate_PeriodInYearOne_GivesAReport()
    {
        string[] arguments = ["--config", _bench.ConfigPath, "--data", _bench.DataPath, "--out", Path.Combine(_bench.Folder, "year-one"), "--period", "0001-01"];
        CliRun run = await Task.Run(() => CliRun.Of(["generate", .. arguments])).WaitAsync(Bound, TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.ToString());
        AssertValidateAgrees(run, CliRun.Of(["validate", .. arguments]));
    }

    [Theory]
    [InlineData("balance * 1e-300")]
    [InlineData("balance * 1e-20")]
    [InlineData("0.000000000000000001")]
    public async Task Generate_ValueFormulaGivingTinyNumbers_GivesAReport(string formula)
    {
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", "value.formula=" + formula);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    // --- Many category levels (failure 5) ---

    [Theory]
    [InlineData("ru", "Прочие (ещё 271)")]
    [InlineData("en", "Other (271 more)")]
    public async Task Generate_EveryClientInItsOwnCity_GroupsTheRareLevelsWithTheCount(string language, string other)
    {
        int city = Column("city");
        CliRun run = await Generate(Table((row, f) =>
        {
            f[city] = $"Город {row:D4}";
            return f;
        }), null, "--set", "report.language=" + language);
        Assert.True(run.ExitCode == 0, run.ToString());
        string json = File.ReadAllText(Path.Combine(_bench.Outputs, "results.json"));
        Assert.Contains(other, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MaxLevelsOutOfRange_ExitsTwoNamingTheKey() =>
        AssertRefused(await Generate(MutationBench.ValidData, null, "--set", "analysis.max_levels=100000"), 2, "analysis.max_levels");

    // --- Very long text (failure 6) ---

    [Fact]
    public async Task Generate_CityOf100000Characters_IsCutWithAMarkAndDoesNotHang()
    {
        int city = Column("city");
        CliRun run = await Generate(Table((row, f) =>
        {
            if (row == 3) f[city] = new string('Я', 100_000);
            if (row == 4) f[city] = string.Concat(Enumerable.Repeat("Город ", 20_000));
            return f;
        }), null, "--set", "analysis.max_levels=200");
        Assert.True(run.ExitCode == 0, run.ToString());
        string json = File.ReadAllText(Path.Combine(_bench.Outputs, "results.json"));
        Assert.Contains(new string('Я', 119) + "…", json, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Я', 120), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_BankNameOf50000Characters_ExitsTwoNamingTheKey() =>
        AssertRefused(await Generate(MutationBench.ValidData, null, "--set", "report.bank_name=" + new string('Б', 50_000)),
            2, "report.bank_name", "more than the 120");

    [Fact]
    public async Task Generate_LongCityUnderATextLimitOf40_IsCutWithAMarkInDeckWorkbookAndResults()
    {
        int city = Column("city");
        string longCity = new('Я', 100);
        CliRun run = await Generate(Table((row, f) =>
        {
            if (row % 3 == 0) f[city] = longCity;
            return f;
        }), null, "--set", "input.max_text_length=40");
        Assert.True(run.ExitCode == 0, run.ToString());
        string cut = new string('Я', 39) + "…";
        string json = File.ReadAllText(Path.Combine(_bench.Outputs, "results.json"));
        Assert.Contains(cut, json, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Я', 40), json, StringComparison.Ordinal);
        string workbook = WorkbookText(Path.Combine(_bench.Outputs, "segments.xlsx"));
        Assert.Contains(cut, workbook, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Я', 40), workbook, StringComparison.Ordinal);
        // The deck may wrap or shorten a label further to fit its box; it never shows more than the limit.
        string deck = string.Concat(Pdf.PdfRender.Poppler("pdftotext", "-enc", "UTF-8", Path.Combine(_bench.Outputs, "report.pdf"), "-")
            .Where(c => !char.IsWhiteSpace(c) && c != '\u00AD'));
        Assert.Contains(new string('Я', 10), deck, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Я', 40), deck, StringComparison.Ordinal);
    }

    /// <summary>Every XML part of a workbook, concatenated: shared and inline strings both count.</summary>
    private static string WorkbookText(string path)
    {
        using System.IO.Compression.ZipArchive zip = System.IO.Compression.ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (System.IO.Compression.ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("5")]
    [InlineData("20000")]
    [InlineData("many")]
    public async Task Generate_TextLimitOutOfRange_ExitsTwoNamingTheKey(string limit) =>
        AssertRefused(await Generate(MutationBench.ValidData, null, "--set", "input.max_text_length=" + limit), 2, "input.max_text_length", "from 10 to 10000");

    // --- The logo (failure 8, and "a logo is checked at validate time") ---

    public static TheoryData<string, string> BadLogos() => new()
    {
        { "header claims 600 × 200, data holds 60 × 20", "cannot be decoded" },
        { "header claims 40000 × 40000", "40000 × 40000 pixels" },
        { "cut short after the header", "cannot be decoded" },
        { "11 MB file", "more than the 10 MB" },
        { "JPEG frame claims 5000 × 5000", "5000 × 5000 pixels" },
    };

    [Theory]
    [MemberData(nameof(BadLogos))]
    public async Task Generate_LogoThatCannotBeDrawn_ExitsTwoNamingTheKeyBeforeReadingData(string logo, string words)
    {
        byte[] bytes = logo switch
        {
            "header claims 600 × 200, data holds 60 × 20" => PngClaiming(600, 200),
            "header claims 40000 × 40000" => PngClaiming(40000, 40000),
            "cut short after the header" => DeckSamples.Png()[..40],
            "11 MB file" => [.. DeckSamples.Png(), .. new byte[11 * 1024 * 1024]],
            _ => JpegClaiming(5000, 5000),
        };
        string path = Path.Combine(_bench.Folder, logo.StartsWith("JPEG", StringComparison.Ordinal) ? "logo.jpg" : "logo.png");
        File.WriteAllBytes(path, bytes);
        // A data file the loader would refuse: the logo must be refused first, as a config problem.
        CliRun run = await Generate(Encoding.UTF8.GetBytes("no,header\n"), null, "--set", "deck.logo=" + path);
        AssertRefused(run, 2, "(deck.logo)", path, words);
    }

    [Fact]
    public async Task Generate_SmallPngLogo_GivesAReport()
    {
        string path = Path.Combine(_bench.Folder, "logo.png");
        File.WriteAllBytes(path, DeckSamples.Png());
        CliRun run = await Generate(MutationBench.ValidData, null, "--set", "deck.logo=" + path);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>A valid 60 × 20 PNG whose IHDR (checksum recomputed) states another size.</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        byte[] png = DeckSamples.Png();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), DeckSamples.Crc32(png[12..29]));
        return png;
    }

    /// <summary>The start of a baseline JPEG: SOI, a JFIF segment, and a start-of-frame stating the size; no image data.</summary>
    private static byte[] JpegClaiming(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        0xFF, 0xD9,
    ];
}
