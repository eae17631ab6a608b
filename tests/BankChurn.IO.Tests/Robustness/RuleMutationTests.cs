
namespace BankChurn.IO.Tests.Robustness;

/// <summary>Damaged rule strings and formulas (fixed seed): each gives a valid report or a clear config error naming the rule and position, never a crash.</summary>
public sealed class RuleMutationTests(ITestOutputHelper log)
{
    public const int Cases = 130;

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Slow)]
    public void Generate_MutatedRule_GivesAReportOrAClearError()
    {
        byte[] data = MutationBench.ValidData;
        MutationRun.Check("rules", Cases, seed: 7003, random =>
        {
            (string config, string description) = RuleMutator.Mutate(MutationBench.ValidConfig, random);
            return new MutationRun.Case(data, config, [], description);
        }, log);
    }
}
