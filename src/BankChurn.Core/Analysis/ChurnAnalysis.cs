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
        // Sorted columns and groupings that several blocks need are computed once, by the first block to ask.
        var index = new ColumnIndex(clients);

        // The blocks read the same immutable table and index and share nothing else, so they run side by side; each
        // result is a pure function of its inputs, so the findings are the same whatever the order in which they finish.
        DataQualityFindings quality = null!;
        ImmutableArray<FeatureChurn> byFeature = default;
        var drivers = new ContinuousDriver[analysis.Continuous.Length];
        ValueFindings value = null!;
        CorrelationFindings correlations = null!;
        ImmutableArray<HypothesisResult> hypotheses = default;
        var blocks = new List<Action>
        {
            () => quality = DataQuality.Assess(loaded, cleaned, index),
            () => byFeature = [.. analysis.Categorical.Select(c => ChurnOverview.Of(index, c, overall))],
            () => value = ClientValue.Assess(clients, settings.Value, clientValues),
            () => correlations = ChurnCorrelations.Assess(index, analysis.Columns, analysis.PhiKBinning),
            () => hypotheses = HypothesisTesting.Run(index, settings.Hypotheses),
        };
        for (int i = 0; i < drivers.Length; i++)
        {
            int at = i;
            string column = analysis.Continuous[at];
            blocks.Add(() => drivers[at] = ContinuousDrivers.Of(index, column, analysis.QuantileBins, analysis.ProneAlpha, overall) with
            {
                Distribution = DriverDistributions.Of(index, column, analysis.HistogramBins, analysis.KdeBandwidth),
            });
        }
        Parallel.Invoke([.. blocks]);
        PortraitFindings portraits = ClientPortraits.Of(overall, byFeature, [.. drivers]);
        Segments.SegmentFindings segments = Segments.SegmentAnalysis.Run(clients, settings, clientValues, drivers);
        var findings = new ChurnFindings(quality, overall, byFeature, [.. drivers], portraits, value, correlations, hypotheses, segments);
        ImmutableArray<PartitionCell> partition = PriorityPartition.Of(segments, clients.Churned, settings.Segments.DetailSlides);
        PeriodChanges? changes = previous?.Results is { } last
            ? MonthOverMonth.Compare(clients, findings, last, settings.Segments.Discovery.Alpha)
            : null;
        return findings with { Changes = new ChangeFindings(partition, previous, changes) };
    }
}
