using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Quality;

namespace BankChurn.Core.Changes;

/// <summary>
/// The figures compared month over month, each under its path in results.json so that last period's file can be read
/// back by the same keys: clients and churn, the value sums, and the data-quality counts.
/// </summary>
public static class HeadlineFigures
{
    public const string Clients = "churn.clients";
    public const string Churned = "churn.churned";
    public const string Rate = "churn.rate";
    public const string ValueTotal = "value.total";
    public const string ValueLost = "value.lost";
    public const string ValueAtRisk = "value.at_risk";
    public const string ValueLostShare = "value.lost_share";
    public const string ValueMeanChurned = "value.mean_churned";
    public const string ValueMeanCurrent = "value.mean_current";
    public const string RowsRead = "data.rows_read";
    public const string RowsUsed = "data.rows_used";
    public const string RowsRejected = "data.rows_rejected";
    public const string RowsExcluded = "data.rows_excluded";
    public const string DuplicateIds = "data.duplicate_user_ids";

    /// <summary>The prefix of the missing-value count of one column: "data.missing.balance".</summary>
    public const string MissingPrefix = "data.missing.";

    public static ImmutableArray<HeadlineFigure> Of(ChurnFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        DataQualityFindings q = findings.Quality;
        return
        [
            new(Clients, findings.Overall.Clients),
            new(Churned, findings.Overall.Churned),
            new(Rate, findings.Overall.Rate),
            new(ValueTotal, findings.Value.Total),
            new(ValueLost, findings.Value.Lost),
            new(ValueAtRisk, findings.Value.AtRisk),
            new(ValueLostShare, findings.Value.LostShare),
            new(ValueMeanChurned, findings.Value.MeanChurned),
            new(ValueMeanCurrent, findings.Value.MeanCurrent),
            new(RowsRead, q.RowsRead),
            new(RowsUsed, q.RowsUsed),
            new(RowsRejected, q.RowsRejected),
            new(RowsExcluded, q.RowsExcluded),
            new(DuplicateIds, q.Duplicates.DuplicateRows),
            .. q.Missing.Select(m => new HeadlineFigure(MissingPrefix + m.Column, m.Missing)),
        ];
    }
}
