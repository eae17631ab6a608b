
namespace BankChurn.IO.Tests.Robustness;

/// <summary>Hundreds of damaged client tables (fixed seed): each gives a valid report or a clear data error, never a crash or a half-written output.</summary>
public sealed class DataMutationTests(ITestOutputHelper log)
{
    public const int Cases = 300;

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Slow)]
    public void Generate_MutatedDataFile_GivesAReportOrAClearError()
    {
        byte[] valid = MutationBench.ValidData;
        string config = MutationBench.ValidConfig;
        MutationRun.Check("data", Cases, seed: 7001, random =>
        {
            (byte[] data, string description) = DataMutator.Mutate(valid, random);
            // A third of the cases skip invalid rows, so that damaged values that pass the checks reach the analysis and the writers.
            string[] extra = random.Next(3) == 0 ? ["--set", "input.on_invalid_row=skip"] : [];
            return new MutationRun.Case(data, config, extra, description);
        }, log);
    }

    [Fact]
    public void MutationSeries_AddUpToAtLeast500CasesPerRun() =>
        Assert.True(Cases + ConfigMutationTests.Cases + RuleMutationTests.Cases >= 500, "The issue asks for hundreds of cases per run, at least 500 in CI.");
}
