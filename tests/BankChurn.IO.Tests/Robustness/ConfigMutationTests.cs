
namespace BankChurn.IO.Tests.Robustness;

/// <summary>Damaged configs (fixed seed): each gives a valid report or a clear config error naming the key or line, never a crash or a half-written output.</summary>
public sealed class ConfigMutationTests(ITestOutputHelper log)
{
    public const int Cases = 130;

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Slow)]
    public void Generate_MutatedConfig_GivesAReportOrAClearError()
    {
        byte[] data = MutationBench.ValidData;
        MutationRun.Check("config", Cases, seed: 7002, random =>
        {
            (string config, string description) = ConfigMutator.Mutate(MutationBench.ValidConfig, random);
            return new MutationRun.Case(data, config, [], description);
        }, log);
    }
}
