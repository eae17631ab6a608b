using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;

namespace BankChurn.Benchmarks;

/// <summary>
/// Issue 12's choice of discovery method, measured: the product's holdout split against a permutation max-statistic
/// threshold, at the same nominal error (alpha 0.05), on the real table's columns with a planted segment.
/// <para>
/// Each run shuffles the churn column (seeded), then raises churn inside a planted group (age 30–39 in Рыбинск,
/// 915 clients): each of its retained clients is flipped to churned with probability <c>lift</c>, so the group's churn
/// rises by about <c>lift × 82 %</c> percentage points. With lift 0 the month is pure noise and every finding is false.
/// </para>
/// <list type="bullet">
/// <item>Holdout (the product): <see cref="Discovery.Run(ClientTable, NumericColumn, SegmentGoal, DiscoverySettings, ActionCatalogue, IEnumerable{ChurnProneRange}?, int)"/>
/// for retention; a hit is a significant segment whose clients overlap the planted group with Jaccard ≥ 0.5.</item>
/// <item>Permutation: the same search on all rows, its best conjunction's WRAcc against the maximum WRAcc of the same
/// search on <c>permutations</c> re-shuffles of that month's churn; significant when at most 5 % of the maxima reach
/// it ((1 + count) / (B + 1) ≤ 0.05); a hit when that conjunction overlaps the planted group with Jaccard ≥ 0.5.</item>
/// </list>
/// Usage: BankChurn.Benchmarks power &lt;clients.csv&gt; [runs per level] [permutations]
/// </summary>
internal static class PowerCheck
{
    private static readonly double[] Lifts = [0, 0.06, 0.09, 0.12, 0.15, 0.2];

    public static void Run(string file, int runs, int permutations, string config)
    {
        ReportSettings settings = ConfigFile.Read(config, [$"input.path={Path.GetFullPath(file)}"], DateTimeOffset.UnixEpoch);
        ClientTable real = ClientsCsv.Read(settings.Input).Table;
        DiscoverySettings discovery = settings.Segments.Discovery;
        NumericColumn values = new("value", new double[real.RowCount], new RowSet(real.RowCount));
        RowSet planted = Planted(real);
        ImmutableArray<Condition> candidates = CandidateConditions.Build(real, discovery);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planted group: {planted.Count} clients; {runs} runs per level, {permutations} permutations; alpha {discovery.Alpha}"));
        foreach (double lift in Lifts)
        {
            int holdoutAny = 0, holdoutHit = 0, permutationAny = 0, permutationHit = 0;
            var watch = Stopwatch.StartNew();
            for (int run = 1; run <= runs; run++)
            {
                int seed = (int)(lift * 1000) * 1000 + run;
                ClientTable month = Plant(NullCheck.Shuffled(real, seed), planted, lift, seed);

                Segment[] found = [.. Discovery.Run(month, values, SegmentGoal.Retention, discovery, settings.Segments.Catalogue, ranges: null, seed: run)
                    .Where(s => s.Significant)];
                if (found.Length > 0) holdoutAny++;
                if (found.Any(s => Jaccard(s.Rows, planted) >= 0.5)) holdoutHit++;

                (bool significant, RowSet? best) = Permutation(month, candidates, discovery, permutations, seed);
                if (significant) permutationAny++;
                if (significant && best is not null && Jaccard(best, planted) >= 0.5) permutationHit++;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"lift {lift:F2}: holdout — runs with any significant segment {holdoutAny}/{runs}, planted found {holdoutHit}/{runs}; permutation — any {permutationAny}/{runs}, planted found {permutationHit}/{runs}; {watch.Elapsed.TotalSeconds:F0} s"));
        }
    }

    private static (bool Significant, RowSet? Best) Permutation(ClientTable month, ImmutableArray<Condition> candidates, DiscoverySettings discovery, int permutations, int seed)
    {
        ImmutableArray<Conjunction> top = SubgroupSearch.Run(candidates, month.Churned, SegmentGoal.Retention, null, discovery, 1);
        if (top.IsEmpty) return (false, null);
        int atLeast = 0;
        for (int b = 1; b <= permutations; b++)
        {
            ImmutableArray<Conjunction> nullTop = SubgroupSearch.Run(candidates, NullCheck.Shuffled(month, seed * 7919 + b).Churned, SegmentGoal.Retention, null, discovery, 1);
            if (!nullTop.IsEmpty && nullTop[0].Quality >= top[0].Quality) atLeast++;
        }
        bool significant = (1.0 + atLeast) / (permutations + 1) <= discovery.Alpha;
        RowSet rows = month.AllRows;
        foreach (Condition c in top[0].Conditions) rows = rows.And(c.Rows);
        return (significant, rows);
    }

    private static RowSet Planted(ClientTable table)
    {
        NumericColumn age = table.Numeric("age");
        CategoryColumn city = table.Category("city");
        int rybinsk = city.CodeOf("Рыбинск");
        var rows = new RowSet(table.RowCount);
        for (int row = 0; row < table.RowCount; row++)
            if (!age.IsMissing(row) && age.Values[row] >= 30 && age.Values[row] < 40 && city.Codes[row] == rybinsk)
                rows.Add(row);
        return rows;
    }

    private static ClientTable Plant(ClientTable table, RowSet planted, double lift, int seed)
    {
        var random = new Random(seed ^ 0x5bd1e995);
        var churned = new RowSet(table.RowCount);
        for (int row = 0; row < table.RowCount; row++)
            churned.Set(row, table.Churned.Contains(row) || (planted.Contains(row) && random.NextDouble() < lift));
        return new ClientTable(table.UserIds, table.NumericColumns, table.CategoryColumns, churned, table.SourceLines);
    }

    private static double Jaccard(RowSet a, RowSet b)
    {
        int both = a.CountAnd(b);
        int either = a.Count + b.Count - both;
        return either == 0 ? 0 : (double)both / either;
    }
}
