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
    public static SegmentFindings Run(ClientTable table, ReportSettings settings, NumericColumn values, IEnumerable<ContinuousDriver> drivers)
    {
        SegmentsSettings config = settings.Segments;
        var segments = new List<Segment>(Segmentation.Define(table, values, config.Defined));
        if (config.Discover && table.RowCount > 0 && table.Churned.Count > 0)
        {
            IEnumerable<ChurnProneRange> ranges = drivers.SelectMany(d => d.ProneRanges).Select(r => new ChurnProneRange(r.Column, r.From, r.To));
            ImmutableArray<Condition> candidates = CandidateConditions.Build(table, config.Discovery, ranges);
            foreach (SegmentGoal goal in new[] { SegmentGoal.Retention, SegmentGoal.Acquisition })
                segments.AddRange(Discovery.Run(table, values, goal, config.Discovery, config.Catalogue, candidates));
        }
        ImmutableArray<Segment> ranked = Segmentation.Rank(segments, config.Priority);
        return new SegmentFindings(ranked, Segmentation.Assign(ranked, table.Churned)) { Clients = table };
    }
}
