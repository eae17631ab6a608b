using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
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
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(settings);
        CleanedClients cleaned = Cleaning.Apply(loaded.Table, settings.Cleaning);
        DataQualityFindings quality = DataQuality.Assess(loaded, cleaned);
        ClientTable clients = cleaned.Table;
        AnalysisSettings analysis = settings.Analysis;
        ChurnRate overall = ChurnRate.Of("all", clients.RowCount, clients.Churned.Count);
        ImmutableArray<FeatureChurn> byFeature = [.. analysis.Categorical.Select(c => ChurnOverview.Of(clients, c, overall))];
        ImmutableArray<ContinuousDriver> drivers =
            [.. analysis.Continuous.Select(c => ContinuousDrivers.Of(clients, c, analysis.QuantileBins, analysis.ProneAlpha, overall) with
            {
                Distribution = DriverDistributions.Of(clients, c, analysis.HistogramBins, analysis.KdeBandwidth),
            })];
        PortraitFindings portraits = ClientPortraits.Of(overall, byFeature, drivers);
        ValueFindings value = ClientValue.Assess(clients, settings.Value);
        var correlations = ChurnCorrelations.Assess(clients, analysis.Columns, analysis.PhiKBinning);
        ImmutableArray<HypothesisResult> hypotheses = HypothesisTesting.Run(clients, settings.Hypotheses);
        return new ChurnFindings(quality, overall, byFeature, drivers, portraits, value, correlations, hypotheses);
    }
}
