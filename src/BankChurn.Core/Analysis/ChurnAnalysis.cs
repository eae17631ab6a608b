using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis;

/// <summary>Runs every analysis block, in order, on the loaded clients.</summary>
public static class ChurnAnalysis
{
    public static ChurnFindings Run(LoadedClients loaded, ReportSettings settings)
    {
        CleanedClients cleaned = Cleaning.Apply(loaded.Table, settings.Cleaning);
        DataQualityFindings quality = DataQuality.Assess(loaded, cleaned);
        ClientTable clients = cleaned.Table;
        ChurnRate overall = ChurnRate.Of("all", clients.RowCount, clients.Churned.Count);
        return new ChurnFindings(quality, overall);
    }
}
