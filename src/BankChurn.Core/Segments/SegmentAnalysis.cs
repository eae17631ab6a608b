using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Segments;

/// <summary>
/// Measures the defined segments, discovers new ones for both goals on the search rows and judges them on the holdout
/// rows, keeps the distinct ones, ranks them and assigns each current client to one campaign.
/// </summary>
public static class SegmentAnalysis
{
    /// <param name="values">Each client's value from the config's formula (missing counts as 0).</param>
    /// <param name="drivers">The continuous drivers; their bins, recounted on the search rows, seed discovery with churn-prone ranges.</param>
    /// <remarks>
    /// The acquisition search, the longest step, starts on the calling thread, with the retention search and the defined
    /// segments queued beside it for an idle core. Each step is a pure function of its inputs, so the order in which they
    /// finish does not change the findings.
    /// </remarks>
    /// <param name="risk">Each client's churn probability, for the segments' value at risk (<see cref="ChurnRisk.ByCells"/> when null).</param>
    public static SegmentFindings Run(ClientTable table, ReportSettings settings, NumericColumn values, IEnumerable<ContinuousDriver> drivers, ChurnRisk? risk = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(drivers);
        risk ??= ChurnRisk.ByCells(table);
        SegmentsSettings config = settings.Segments;
        DiscoverySettings discovery = config.Discovery;
        ImmutableArray<Segment> defined = [], discovered = [];
        DiscoveryRun run = DiscoveryRun.None;
        if (config.Discover && discovery.TopK > 0 && table.RowCount > 0 && table.Churned.Count > 0)
        {
            var split = DiscoverySplit.Of(table.Churned, discovery.HoldoutShare, settings.Seed);
            var part = SearchPart.Of(table, values, split);
            ImmutableArray<ChurnProneRange> ranges = SearchRanges.Of(table, drivers, split.Search, settings.Analysis.ProneAlpha);
            // Cut into cells once for both searches.
            SearchCandidates candidates = SearchCandidates.Of(CandidateConditions.Build(part.Table, part.Settings(discovery), ranges), part.Table.RowCount);
            ImmutableArray<DiscoveredCandidate> retention = [], acquisition = [];
            Parallel.Invoke(
                () => acquisition = Discovery.Find(part, SegmentGoal.Acquisition, discovery, candidates),
                () => retention = Discovery.Find(part, SegmentGoal.Retention, discovery, candidates),
                () => defined = Segmentation.Define(table, values, config.Defined, discovery.Alpha, risk));
            discovered = Discovery.Judge(table, values, [.. retention, .. acquisition], discovery, config.Catalogue, risk);
            run = new DiscoveryRun(split.Search.Count, split.Holdout.Count, discovered.Length, discovered.Count(s => s.Significant), 0, 0);
        }
        else
        {
            defined = Segmentation.Define(table, values, config.Defined, discovery.Alpha, risk);
        }
        (ImmutableArray<Segment> reported, int repeats, int tooBroad) =
            Segmentation.Report([.. defined, .. discovered], config.Priority, discovery.MaxShare);
        return new SegmentFindings(reported, Segmentation.Assign(reported, table.Churned))
        {
            Clients = table,
            Worth = (values, risk),
            Unconfirmed = [.. discovered.Where(s => !s.Significant)],
            Discovery = run with { Repeats = repeats, TooBroad = tooBroad },
        };
    }
}
