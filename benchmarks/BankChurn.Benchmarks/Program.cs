using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Csv;

namespace BankChurn.Benchmarks;

/// <summary>
/// Stage benchmarks, run in Release on a file made by <c>bankchurn synth</c> (see benchmarks/run.sh):
/// each stage is run once to warm up and then <c>iterations</c> times; the median wall time and the
/// process's peak working set are printed. Whole-process figures come from run.sh with /usr/bin/time.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: BankChurn.Benchmarks load <clients.csv> [iterations]");
            return 2;
        }
        string stage = args[0];
        string file = args[1];
        int iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        Func<string> run = stage switch
        {
            "load" => () => Load(file),
            _ => throw new ArgumentException($"unknown stage '{stage}'"),
        };
        Measure(stage, run, iterations);
        return 0;
    }

    private static string Load(string file)
    {
        var settings = new InputSettings(
            file,
            ImmutableDictionary<string, string>.Empty.Add("user_id", "USERID").Add("est_salary", "EST_SALARY"),
            null, null, null, InvalidRowPolicy.Fail, 50);
        LoadedClients loaded = ClientsCsv.Read(settings);
        return string.Create(CultureInfo.InvariantCulture, $"{loaded.Table.RowCount} rows, {loaded.Table.Churned.Count} churned");
    }

    /// <summary>Runs the stage once cold (JIT included), then <paramref name="iterations"/> times warm; 0 iterations reports the cold run.</summary>
    private static void Measure(string stage, Func<string> run, int iterations)
    {
        var cold = Stopwatch.StartNew();
        string result = run();
        double coldMs = cold.Elapsed.TotalMilliseconds;
        var times = new List<double>(Math.Max(iterations, 1));
        if (iterations == 0) times.Add(coldMs);
        for (int i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            result = run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage}: {result}; cold {coldMs:F0} ms; warm median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}, n={iterations}); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
