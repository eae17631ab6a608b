using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Campaigns;
using BankChurn.Core.Model;
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
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings, PreviousPeriod? previous) => Run(loaded, settings, previous, null);

    /// <param name="learners">The churn model and its baseline (BankChurn.ML); null leaves the model out and ranks the plan by the cell probability.</param>
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings, PreviousPeriod? previous, ChurnLearners? learners)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(settings);
        CleanedClients cleaned = Cleaning.Apply(loaded.Table, settings.Cleaning);
        ThrowIfNoneLeft(loaded, cleaned, settings);
        // Rules (cleaning above) see every level; the analysis sees at most analysis.max_levels per column.
        cleaned = cleaned with { Table = CategoryGrouping.Cap(cleaned.Table, settings.Analysis.MaxLevels, n => CategoryGrouping.OtherLabel(n, settings.Report.IsRussian)) };
        ClientTable clients = cleaned.Table;
        AnalysisSettings analysis = settings.Analysis;
        ChurnRate overall = ChurnRate.Of("all", clients.RowCount, clients.Churned.Count);
        NumericColumn clientValues = settings.Value.Formula.Evaluate(clients);
        // One churn probability per client behind every "at risk" figure, the bank's and each segment's.
        ChurnRisk risk = ChurnRisk.ByCells(clients);
        // The continuous columns that several blocks read in value order are sorted once, side by side, before the blocks
        // start: both chains below need them first, and would otherwise wait on each other's sorts.
        // The model learns on its own thread beside the two chains below; its learners spread over the cores as they free up.
        Task<ModelFindings?> modelling = learners is null
            ? Task.FromResult<ModelFindings?>(null)
            : Task.Run(() => ChurnModeling.Run(clients, settings.Model, learners, settings.Seed));
        var index = new ColumnIndex(clients);
        Parallel.ForEach(analysis.Continuous, column => index.Sorted(column));

        // The blocks read the same immutable table and index and share nothing else, so they run side by side; each
        // result is a pure function of its inputs, so the findings are the same whatever the order in which they finish.
        // Two chains of about equal work, one per core of the 2-core target: the drivers' bins and then the segment
        // analysis, which needs their churn-prone ranges; and every other block. Running only two blocks at a time
        // bounds the memory their working arrays take together; the segment searches' parallel loops still spread to
        // the other core once its chain is done (work stealing), so neither core idles for long.
        Task<ImmutableArray<ContinuousDriver>> driverBins = Task.Run(() =>
            ContinuousDrivers.Of(index, analysis.Continuous, analysis.QuantileBins, analysis.ProneAlpha, overall));
        Task<Segments.SegmentFindings> segmentChain = driverBins.ContinueWith(
            bins => Segments.SegmentProfiles.Attach(clients, Segments.SegmentAnalysis.Run(clients, settings, clientValues, bins.GetAwaiter().GetResult(), risk)),
            TaskContinuationOptions.ExecuteSynchronously);
        Task<BlockFindings> blockChain = Task.Run(() =>
        {
            // The blocks with the largest working arrays first, while the segment chain is still binning, before its
            // candidate conditions and cells take their room.
            CorrelationFindings correlations = ChurnCorrelations.Assess(index, analysis.Columns, analysis.PhiKBinning);
            ImmutableArray<HypothesisResult> hypotheses = HypothesisTesting.Run(index, settings.Hypotheses, analysis.MinEffect);
            DataQualityFindings quality = DataQuality.Assess(loaded, cleaned, index);
            ImmutableArray<DriverDistribution> distributions =
                [.. analysis.Continuous.Select(column => DriverDistributions.Of(index, column, analysis.HistogramBins, analysis.KdeBandwidth))];
            ImmutableArray<FeatureChurn> byFeature = [.. analysis.Categorical.Select(c => ChurnOverview.Of(index, c, overall))];
            return new BlockFindings(ClientValue.Assess(clients, settings.Value, clientValues, risk), byFeature, quality, correlations, hypotheses, distributions);
        });
        // The sorted columns' last readers are the drivers' bins and the block chain; the segment searches, which often
        // run on alone, get the room.
        Task.WhenAll(driverBins, blockChain).ContinueWith(_ => index.Forget(), TaskScheduler.Default);
        // Awaited rather than waited: a failure inside a block surfaces as itself (a user's mistake stays an
        // InputException with its exit code), not wrapped in an AggregateException that would read as a bug.
        Task.WhenAll(segmentChain, blockChain, modelling).GetAwaiter().GetResult();
        Segments.SegmentFindings segments = segmentChain.Result;
        BlockFindings blocks = blockChain.Result;

        ImmutableArray<ContinuousDriver> drivers = [.. driverBins.Result.Zip(blocks.Distributions, (bins, distribution) => bins with { Distribution = distribution })];
        PortraitFindings portraits = ClientPortraits.Of(overall, blocks.ByFeature, drivers);
        portraits = portraits with
        {
            ChurnedPortrait = PortraitTraits.Choose(clients, portraits, drivers, churned: true),
            RetainedPortrait = PortraitTraits.Choose(clients, portraits, drivers, churned: false),
        };
        ModelFindings? model = modelling.Result;
        CampaignPlan plan = CampaignPlanning.Plan(clients, model?.Probability ?? risk.Probability, clientValues, segments.Segments, settings.Campaign, settings.Seed);
        var findings = new ChurnFindings(blocks.Quality, overall, blocks.ByFeature, drivers, portraits, blocks.Value, blocks.Correlations, blocks.Hypotheses, segments)
        {
            Model = model,
            Plan = plan,
        };
        // Counted in the database: the counts and sums of the whole source replace the sample's before the comparisons.
        if (loaded.Warehouse is { } warehouse)
            findings = Warehouse.WarehouseFigures.Apply(findings, warehouse, settings, loaded.Table.RowCount);
        ImmutableArray<PartitionCell> partition = PriorityPartition.Of(segments, clients.Churned, settings.Segments.DetailSlides);
        PeriodChanges? changes = previous?.Results is { } last
            ? MonthOverMonth.Compare(clients, findings, last, settings.Segments.Discovery.Alpha)
            : null;
        return findings with { Changes = new ChangeFindings(partition, previous, changes) };
    }

    /// <summary>What the chain of blocks beside the segment analysis finds.</summary>
    private sealed record BlockFindings(
        ValueFindings Value,
        ImmutableArray<FeatureChurn> ByFeature,
        DataQualityFindings Quality,
        CorrelationFindings Correlations,
        ImmutableArray<HypothesisResult> Hypotheses,
        ImmutableArray<DriverDistribution> Distributions);

    /// <summary>
    /// A month with no clients left has nothing to report: an empty report would replace last month's and feed the next
    /// month's comparison with zeros. It is a data error that says which step took every row away.
    /// </summary>
    private static void ThrowIfNoneLeft(LoadedClients loaded, CleanedClients cleaned, ReportSettings settings)
    {
        if (cleaned.Table.RowCount > 0)
            return;
        var c = System.Globalization.CultureInfo.InvariantCulture;
        string cause = cleaned.Exclusions.Where(e => e.Rows > 0).OrderByDescending(e => e.Rows).FirstOrDefault() is { } widest
            ? string.Create(c, $"the exclusion rule \"{widest.Rule}\" ({widest.Reason}) removed {widest.Rows} of them")
            : cleaned.Duplicates.RowsDropped > 0
                ? string.Create(c, $"the duplicate user_id policy dropped {cleaned.Duplicates.RowsDropped} of them")
                : "every one was rejected as invalid";
        throw new InputException(ProblemKind.Data, new SourceLocation(settings.Input.Path),
            string.Create(c, $"no clients are left after cleaning: {loaded.RowsRead} rows read, {loaded.RowsRejected} rejected as invalid, {cleaned.RowsExcluded} excluded by cleaning.exclude, {cleaned.Duplicates.RowsDropped} dropped as duplicates; {cause}."),
            "Check the data file and the cleaning.exclude rules in the config; the previous outputs were left as they were.");
    }
}
