using BankChurn.IO.Csv;
using BankChurn.IO.Tests.Csv;
using BankChurn.IO.Tests.EndToEnd;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Regression tests for the bugs the mutation series found, one focused case each.</summary>
public sealed class FoundBugsTests : IDisposable
{
    private readonly CsvTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Mutation case "data 148": a balance of 1.7976931348623157e308 passed validation (it is finite), the variance of
    // the column overflowed and results.json refused the NaN bandwidth: exit 70 with a stack trace.
    [Theory]
    [InlineData("1.7976931348623157e308")]
    [InlineData("-1e300")]
    [InlineData("1e16")]
    public void Read_AbsurdlyLargeNumber_IsAnInvalidCell(string balance)
    {
        string path = _folder.Write(CsvTestFolder.Lines(CsvTestFolder.Header,
            CsvTestFolder.Rows[0], CsvTestFolder.Rows[1].Replace("850594.33", balance, StringComparison.Ordinal)));
        var problem = Assert.Throws<Core.InputException>(() => ClientsCsv.Read(CsvTestFolder.Settings(path)));
        Assert.Equal(1, problem.ExitCode);
        Assert.Contains($"line 3, column balance (\"balance\"): \"{balance}\" is too large", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LargeButRealBalance_IsAccepted()
    {
        string path = _folder.Write(CsvTestFolder.Lines(CsvTestFolder.Header,
            CsvTestFolder.Rows[0], CsvTestFolder.Rows[1].Replace("850594.33", "999999999999999", StringComparison.Ordinal)));
        Assert.Equal(2, ClientsCsv.Read(CsvTestFolder.Settings(path)).Table.RowCount);
    }

    [Fact]
    public void Generate_HugeBalanceSkipped_GivesAReportWithoutNaN()
    {
        string data = Path.Combine(_folder.Folder, "huge.csv");
        string[] lines = System.Text.Encoding.UTF8.GetString(MutationBench.ValidData).Split('\n');
        string[] fields = lines[5].Split(',');
        fields[6] = "1.7976931348623157e308";
        lines[5] = string.Join(',', fields);
        File.WriteAllText(data, string.Join('\n', lines));
        string config = Path.Combine(_folder.Folder, "report.config.yaml");
        File.WriteAllText(config, MutationBench.ValidConfig);
        string outFolder = Path.Combine(_folder.Folder, "out");
        CliRun run = CliRun.Of("generate", "--config", config, "--data", data, "--out", outFolder, "--period", "2026-10",
            "--set", "report.generated_at=2026-11-01T09:00:00+03:00", "--set", "input.on_invalid_row=skip");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Null(MutationBench.JudgeJson(File.ReadAllBytes(Path.Combine(outFolder, "2026-10", "results.json"))));
    }
}
