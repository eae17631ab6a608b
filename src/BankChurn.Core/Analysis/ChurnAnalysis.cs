using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Changes;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis;

/// <summary>Runs every analysis block, in order, on the loaded clients.</summary>
public static class ChurnAnalysis
{
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings) => Run(loaded, settings, null);

    /// <param name="previous">Where last period's results were looked for and what was found (null: do not compare).</param>
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings, PreviousPeriod? previous)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(settings);
        CleanedClients cleaned = Cleaning.Apply(loaded.Table, settings.Cleaning);
        ClientTable clients = cleaned.Table;
        AnalysisSettings analysis = settings.Analysis;
        ChurnRate overall = ChurnRate.Of("all", clients.RowCount, clients.Churned.Count);
        NumericColumn clientValues = settings.Value.Formula.Evaluate(clients);
        // The continuous columns that several blocks read in value order are sorted once, by the first block to ask.
        var index = new ColumnIndex(clients);

        // The blocks read the same immutable table and index and share nothing else, so they run side by side; each
        // result is a pure function of its inputs, so the findings are the same whatever the order in which they finish.
        // The longest chain is the segment analysis: the drivers' churn-prone ranges feed its candidate conditions, and
        // those the two searches. The drivers' bins are queued first (they sort the continuous columns the other blocks
        // read), the segment analysis next (it waits for the drivers only when it needs their ranges), then the other
        // blocks. The segment analysis runs on a pool thread rather than this one: its parallel loops queue their work
        // on that thread's own queue, which it can run itself, where from this thread they would queue behind every block.
        Task<ContinuousDriver>[] driverBins =
        [
            .. analysis.Continuous.Select(column => Task.Run(() => ContinuousDrivers.Of(index, column, analysis.QuantileBins, analysis.ProneAlpha, overall))),
        ];
        Task<Segments.SegmentFindings> segmenting = Task.Run(() => Segments.SegmentAnalysis.Run(clients, settings, clientValues,
            () => Task.WhenAll(driverBins).GetAwaiter().GetResult()));
        Task<ValueFindings> value = Task.Run(() => ClientValue.Assess(clients, settings.Value, clientValues));
        Task<ImmutableArray<FeatureChurn>> byFeature = Task.Run(() => analysis.Categorical.Select(c => ChurnOverview.Of(index, c, overall)).ToImmutableArray());
        Task<DataQualityFindings> quality = Task.Run(() => DataQuality.Assess(loaded, cleaned, index));
        Task<CorrelationFindings> correlations = Task.Run(() => ChurnCorrelations.Assess(index, analysis.Columns, analysis.PhiKBinning));
        Task<ImmutableArray<HypothesisResult>> hypotheses = Task.Run(() => HypothesisTesting.Run(index, settings.Hypotheses));
        Task<DriverDistribution>[] distributions =
        [
            .. analysis.Continuous.Select(column => Task.Run(() => DriverDistributions.Of(index, column, analysis.HistogramBins, analysis.KdeBandwidth))),
        ];
        Task.WaitAll([.. driverBins, segmenting, value, byFeature, quality, correlations, hypotheses, .. distributions]);
        Segments.SegmentFindings segments = segmenting.Result;

        ImmutableArray<ContinuousDriver> drivers = [.. driverBins.Zip(distributions, (bins, distribution) => bins.Result with { Distribution = distribution.Result })];
        PortraitFindings portraits = ClientPortraits.Of(overall, byFeature.Result, drivers);
        var findings = new ChurnFindings(quality.Result, overall, byFeature.Result, drivers, portraits, value.Result, correlations.Result, hypotheses.Result, segments);
        ImmutableArray<PartitionCell> partition = PriorityPartition.Of(segments, clients.Churned, settings.Segments.DetailSlides);
        PeriodChanges? changes = previous?.Results is { } last
            ? MonthOverMonth.Compare(clients, findings, last, settings.Segments.Discovery.Alpha)
            : null;
        return findings with { Changes = new ChangeFindings(partition, previous, changes) };
    }
}
