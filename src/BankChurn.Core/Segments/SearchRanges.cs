using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// The churn-prone ranges that seed discovery, found on the search rows only. The drivers' bins are cut from the values
/// alone, so they may come from every row; which bins churn more must come from the rows the search may read, or the
/// holdout's churn would leak into the rules judged on it.
/// </summary>
public static class SearchRanges
{
    /// <summary>
    /// Each driver's bins recounted on <paramref name="search"/>, judged like the analysis judges them
    /// (<see cref="ContinuousDrivers.MarkProne"/>: one-sided, Holm over every bin of every column), merged into ranges.
    /// </summary>
    public static ImmutableArray<ChurnProneRange> Of(ClientTable table, IEnumerable<ContinuousDriver> drivers, RowSet search, double proneAlpha)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(search);
        int total = search.Count, totalChurned = search.CountAnd(table.Churned);
        ChurnRate overall = ChurnRate.Of("search", total, totalChurned);
        List<ContinuousDriver> recounted = [.. drivers.Where(d => table.NumericColumns.ContainsKey(d.Column)).Select(d => d with
        {
            Bins = [.. d.Bins.Select(b =>
            {
                RowSet rows = Condition.Range(table, d.Column, b.Min, b.Max).Rows;
                int clients = rows.CountAnd(search), churned = rows.CountAnd(search, table.Churned);
                return b with
                {
                    Churn = ChurnRate.Of(b.Churn.Group, clients, churned),
                    PValue = clients == 0 ? 1 : ChurnProneBins.PValue(clients, churned, total, totalChurned),
                };
            })],
        })];
        return [.. ContinuousDrivers.MarkProne(recounted, proneAlpha, overall)
            .SelectMany(d => d.ProneRanges)
            .Select(r => new ChurnProneRange(r.Column, r.From, r.To))];
    }
}
