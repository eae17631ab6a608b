using System.Diagnostics;
using System.Globalization;
using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;

namespace BankChurn.Benchmarks;

/// <summary>
/// The false-discovery check of issue 12: the whole analysis (repository config) on the table as it is, then on
/// <c>shuffles</c> copies whose churn column is shuffled with seeds 1, 2, …; a shuffled month has no real pattern, so
/// every significant discovered segment and every churn-prone range found there is a false discovery. Prints, per run,
/// what was found, and the number of runs with any finding (the nominal rate is alpha, 1 in 20).
/// Usage: BankChurn.Benchmarks nullcheck &lt;clients.csv&gt; [shuffles]
/// </summary>
internal static class NullCheck
{
    public static void Run(string file, int shuffles, string config)
    {
        ReportSettings settings = ConfigFile.Read(config, [$"input.path={Path.GetFullPath(file)}"], DateTimeOffset.UnixEpoch);
        LoadedClients loaded = ClientsCsv.Read(settings.Input);
        Report("real", loaded, settings);
        int withSegments = 0, withRanges = 0;
        for (int seed = 1; seed <= shuffles; seed++)
        {
            (int segments, int ranges) = Report($"shuffle {seed}", loaded with { Table = Shuffled(loaded.Table, seed) }, settings);
            if (segments > 0) withSegments++;
            if (ranges > 0) withRanges++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shuffled churn: runs with a significant discovered segment {withSegments} of {shuffles}; runs with a churn-prone range {withRanges} of {shuffles}"));
    }

    private static (int Segments, int Ranges) Report(string label, LoadedClients loaded, ReportSettings settings)
    {
        var watch = Stopwatch.StartNew();
        ChurnFindings findings = ChurnAnalysis.Run(loaded, settings);
        Segment[] found = [.. findings.Segments.Segments.Where(s => s.Source == SegmentSource.Discovered)];
        int ranges = findings.Drivers.Sum(d => d.ProneRanges.Length);
        SegmentFindings s = findings.Segments;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {found.Length} significant discovered segments reported ({s.Discovery.Tested} tested, {s.Discovery.Significant} significant), {ranges} churn-prone ranges, min holdout p adjusted {MinP(s):G3}; {watch.Elapsed.TotalSeconds:F1} s"));
        foreach (Segment segment in found.Where(x => x.Goal == SegmentGoal.Retention))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    #{segment.Figures.Priority} WRAcc {segment.Quality:F4}, {segment.Figures.Clients} clients, lift {segment.Figures.Lift:F2}, holdout lift {segment.Holdout!.Lift:F2} (p adj {segment.Holdout.PAdjusted:G2}) | {segment.Rule}"));
        return (found.Length, ranges);
    }

    private static double MinP(SegmentFindings s) =>
        s.Segments.Concat(s.Unconfirmed).Where(x => x.Holdout is not null).Select(x => x.Holdout!.PAdjusted).DefaultIfEmpty(1).Min();

    /// <summary>The table with its churn flags permuted by a seeded Fisher–Yates shuffle: the same churn share, no link to any column.</summary>
    internal static ClientTable Shuffled(ClientTable table, int seed)
    {
        bool[] flags = [.. Enumerable.Range(0, table.RowCount).Select(table.Churned.Contains)];
        var random = new Random(seed);
        for (int i = flags.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (flags[i], flags[j]) = (flags[j], flags[i]);
        }
        var churned = new RowSet(table.RowCount);
        for (int row = 0; row < flags.Length; row++)
            churned.Set(row, flags[row]);
        return new ClientTable(table.UserIds, table.NumericColumns, table.CategoryColumns, churned, table.SourceLines);
    }
}
