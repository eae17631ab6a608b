using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Segments;

/// <summary>Measures the defined segments, discovers new ones for both goals, ranks them and assigns each current client to one campaign.</summary>
public static class SegmentAnalysis
{
    /// <param name="values">Each client's value from the config's formula (missing counts as 0).</param>
    /// <param name="drivers">The continuous drivers; their churn-prone ranges become candidate conditions for discovery.</param>
    /// <remarks>
    /// The acquisition search, the longest step, starts on the calling thread, with the retention search and the defined
    /// segments queued beside it for an idle core. Each step is a pure function of its inputs, so the order in which they
    /// finish does not change the findings.
    /// </remarks>
    public static SegmentFindings Run(ClientTable table, ReportSettings settings, NumericColumn values, IEnumerable<ContinuousDriver> drivers)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(drivers);
        SegmentsSettings config = settings.Segments;
        ImmutableArray<Segment> defined = [], retention = [], acquisition = [];
        if (config.Discover && table.RowCount > 0 && table.Churned.Count > 0)
        {
            IEnumerable<ChurnProneRange> ranges = drivers.SelectMany(d => d.ProneRanges).Select(r => new ChurnProneRange(r.Column, r.From, r.To));
            // Cut into cells once for both searches.
            SearchCandidates candidates = SearchCandidates.Of(CandidateConditions.Build(table, config.Discovery, ranges), table.RowCount);
            Parallel.Invoke(
                () => acquisition = Discovery.Run(table, values, SegmentGoal.Acquisition, config.Discovery, config.Catalogue, candidates),
                () => retention = Discovery.Run(table, values, SegmentGoal.Retention, config.Discovery, config.Catalogue, candidates),
                () => defined = Segmentation.Define(table, values, config.Defined));
        }
        else
        {
            defined = Segmentation.Define(table, values, config.Defined);
        }
        ImmutableArray<Segment> ranked = Segmentation.Rank([.. defined, .. retention, .. acquisition], config.Priority);
        return new SegmentFindings(ranked, Segmentation.Assign(ranked, table.Churned)) { Clients = table };
    }
}
