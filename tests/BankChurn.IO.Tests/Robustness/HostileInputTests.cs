using System.Text;
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

    private async Task<CliRun> Generate(byte[] data, string? config = null, params string[] extra)
    {
        (CliRun run, string? failure) = await Task.Run(() => _bench.RunCase(data, config ?? MutationBench.ValidConfig, extra)).WaitAsync(Bound);
        Assert.True(failure is null, failure);
        return run;
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
}
