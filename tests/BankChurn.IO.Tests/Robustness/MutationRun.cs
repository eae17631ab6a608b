using System.Diagnostics;
using System.Text;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Runs a fixed-seed series of mutated inputs through <c>generate</c> and fails with every case that ended badly, each with how to reproduce it.</summary>
internal static class MutationRun
{
    public sealed record Case(byte[] Data, string Config, string[] Extra, string Description);

    public static void Check(string family, int cases, int seed, Func<Random, Case> make, ITestOutputHelper log)
    {
        using var bench = new MutationBench(family);
        var random = new Random(seed);
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < cases; i++)
        {
            Case next = make(random);
            long start = clock.ElapsedTicks;
            (string? failure, int exit) = bench.Run(next.Data, next.Config, next.Extra);
            outcomes[$"exit {exit}"] = outcomes.GetValueOrDefault($"exit {exit}") + 1;
            seconds[$"exit {exit}"] = seconds.GetValueOrDefault($"exit {exit}") + (double)(clock.ElapsedTicks - start) / Stopwatch.Frequency;
            if (failure is not null)
                failures.Add($"case {i} (seed {seed}): {next.Description}{(next.Extra.Length > 0 ? " [" + string.Join(' ', next.Extra) + "]" : "")}\n{failure}");
        }
        log.WriteLine($"{family}: {cases} cases in {clock.Elapsed.TotalSeconds:F1} s; " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value} ({seconds[o.Key]:F1} s)")));
        var message = new StringBuilder($"{failures.Count} of {cases} {family} cases ended badly:\n");
        foreach (string failure in failures.Take(8))
            message.Append("\n--- ").Append(failure).Append('\n');
        Assert.True(failures.Count == 0, message.ToString());
    }
}
