using BankChurn.Cli;

namespace BankChurn.IO.Tests.EndToEnd;

/// <summary>What a new user meets on a first run: the period chosen for them and why, the summary in the report's language, and a font refused up front.</summary>
public sealed class FirstRunTests : IDisposable
{
    private const char Nbsp = '\u00A0';

    // Run on 3 December at noon, Moscow time.
    private static readonly DateTimeOffset ThirdOfDecember = new(2026, 12, 3, 12, 0, 0, TimeSpan.FromHours(3));

    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-first-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    private string Data
    {
        get
        {
            string path = Path.Combine(_folder, "clients.csv");
            if (!File.Exists(path))
                Assert.Equal(0, CliRun.Of("synth", "--rows", "2000", "--seed", "7", "--out", path).ExitCode);
            return path;
        }
    }

    private static CliRun At(DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        int code = Program.Run(args, output, errors, new FixedClock(now));
        return new CliRun(code, output.ToString(), errors.ToString());
    }

    private CliRun Generate(params string[] extra) =>
        At(ThirdOfDecember, ["generate", "--config", RepoPaths.Config, "--data", Data, "--out", Out, .. extra]);

    [Fact]
    public void Generate_NoPeriodGiven_ReportsTheLastClosedMonthAndSaysWhy()
    {
        CliRun run = Generate();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Out, "2026-11", "report.pdf")), run.ToString());
        Assert.False(Directory.Exists(Path.Combine(Out, "2026-12")));
        Assert.Contains("Период: ноябрь 2026 — последний закрытый месяц на дату запуска (3 декабря 2026), потому что ни --period, ни report.period не заданы.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_PeriodOnTheCommandLine_SaysItWasGiven()
    {
        CliRun run = Generate("--period", "2026-10");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(Directory.Exists(Path.Combine(Out, "2026-10")));
        Assert.Contains("Период: октябрь 2026 — задан в --period.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_PeriodInTheConfig_NamesFileAndLine()
    {
        string config = Path.Combine(_folder, "report.config.yaml");
        File.WriteAllText(config, RepoPaths.ConfigForCopy().Replace("  period: null", "  period: 2026-09", StringComparison.Ordinal));
        int line = Array.FindIndex(File.ReadAllLines(config), l => l.StartsWith("  period:", StringComparison.Ordinal)) + 1;

        CliRun run = At(ThirdOfDecember, "generate", "--config", config, "--data", Data, "--out", Out);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Период: сентябрь 2026 — задан в {config}:{line}:11 (report.period).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Russian_SummaryIsRussianWithRussianNumbers()
    {
        CliRun run = Generate();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Клиентов в анализе: ", run.Output, StringComparison.Ordinal);
        Assert.Contains($" из 2{Nbsp}000 прочитанных строк; ушли ", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\(\d+,\d\u00A0%, 95 % доверительный интервал \d+,\d\u00A0%–\d+,\d\u00A0%\)", run.Output);
        Assert.Contains("Записан ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Готово за ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Clients analysed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_English_SummaryIsEnglishWithEnglishNumbers()
    {
        CliRun run = Generate("--set", "report.language=en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Period: November 2026, the last closed month on the day of the run (3 December 2026)", run.Output, StringComparison.Ordinal);
        Assert.Contains(" of 2,000 rows read; churned ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Done in ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Период", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Внимание: 1 строка не прошла проверку и пропущена; список — в rejected_rows.csv.")]
    [InlineData(3, "Внимание: 3 строки не прошли проверку и пропущены; список — в rejected_rows.csv.")]
    [InlineData(5, "Внимание: 5 строк не прошли проверку и пропущены; список — в rejected_rows.csv.")]
    public void Generate_SkippedRows_WarnsInRussianWithTheRightWordForms(int bad, string expected)
    {
        // Spoil the age of the first rows (column 5), then let the run skip them.
        string[] lines = File.ReadAllLines(Data);
        for (int i = 1; i <= bad; i++)
        {
            string[] cells = lines[i].Split(',');
            cells[4] = "abc";
            lines[i] = string.Join(',', cells);
        }

        string spoilt = Path.Combine(_folder, "spoilt.csv");
        File.WriteAllLines(spoilt, lines);

        CliRun run = At(ThirdOfDecember, "generate", "--config", RepoPaths.Config, "--data", spoilt, "--out", Out, "--set", "input.on_invalid_row=skip");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.Contains($" из 2{Nbsp}000 прочитанных строк;", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FontFromSet_BlamesSetBeforeReadingData()
    {
        // The data file does not exist: the font must be refused first, so the message is about the font.
        CliRun run = At(ThirdOfDecember, "validate", "--config", RepoPaths.Config, "--data", Path.Combine(_folder, "absent.csv"), "--set", "report.font_family=No Such Font 13");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --set (report.font_family): font family 'No Such Font 13' is not installed.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Pass --set report.font_family=", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("absent.csv", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_FontFromFile_NamesFileAndLineAndLeavesNoFolder()
    {
        string config = Path.Combine(_folder, "report.config.yaml");
        File.WriteAllText(config, RepoPaths.ConfigForCopy().Replace("font_family: \"DejaVu Sans\"", "font_family: \"No Such Font 13\"", StringComparison.Ordinal));
        int line = Array.FindIndex(File.ReadAllLines(config), l => l.Contains("No Such Font 13", StringComparison.Ordinal)) + 1;

        CliRun run = At(ThirdOfDecember, "generate", "--config", config, "--data", Data, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {config}:{line}:16 (report.font_family): font family 'No Such Font 13' is not installed.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Set report.font_family to a family with Cyrillic from the list", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out), "a failed run must not leave an output folder behind");
        Assert.Equal("", run.Output);
    }
}
