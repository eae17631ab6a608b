using System.Globalization;
using BankChurn.Core.Analysis;
using BankChurn.Core.Segments;

namespace BankChurn.Cli;

/// <summary>The short summary printed after a successful run: where the files are, the headline figures and the warnings.</summary>
internal static class RunSummary
{
    public static void Print(TextWriter output, ChurnFindings findings, IReadOnlyList<string> written, RunSteps steps, int clientListMaxRows)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        var quality = findings.Quality;
        foreach (string path in written)
            output.WriteLine($"Wrote {path}");
        output.WriteLine(string.Create(c,
            $"Clients analysed: {findings.Overall.Clients} of {quality.RowsRead} rows read; churned {findings.Overall.Churned} ({findings.Overall.Rate:P1}, 95% CI {findings.Overall.Confidence.Low:P1}–{findings.Overall.Confidence.High:P1})."));
        if (quality.RowsRejected > 0)
            output.WriteLine(string.Create(c, $"Warning: {Rows(quality.RowsRejected)} invalid and skipped; see {ReportRun.RejectedRowsFile}."));
        if (quality.RowsExcluded > 0)
            output.WriteLine(string.Create(c, $"Note: {Rows(quality.RowsExcluded)} excluded by the cleaning rules."));
        if (quality.Duplicates.DuplicateRows > 0)
            output.WriteLine(string.Create(c, $"Note: {quality.Duplicates.Ids} user_ids occur more than once (policy: {quality.Duplicates.Policy})."));
        if (findings.Segments.Clients is not null && clientListMaxRows > 0
            && ClientListPlan.Of(findings.Segments, clientListMaxRows) is { LeftOut.IsEmpty: false } plan)
        {
            output.WriteLine(string.Create(c,
                $"Warning: the clients sheet lists {plan.Listed.Length} of {findings.Segments.Segments.Length} segments ({plan.Rows} rows); {plan.LeftOut.Length} did not fit in segments.client_list.max_rows = {clientListMaxRows}: {string.Join(", ", plan.LeftOut)}."));
        }
        if (findings.Segments.Clients is not null && clientListMaxRows > 0
            && ClientListPlan.ForCampaigns(findings.Segments.Assignment, clientListMaxRows) is { LeftOut.IsEmpty: false } campaigns)
        {
            output.WriteLine(string.Create(c,
                $"Warning: the campaigns sheet lists {campaigns.Listed.Length} of {findings.Segments.Assignment.SegmentIds.Length} campaigns ({campaigns.Rows} rows); {campaigns.LeftOut.Length} did not fit in segments.client_list.max_rows = {clientListMaxRows}: {string.Join(", ", campaigns.LeftOut)}."));
        }

        output.WriteLine("Done in " + steps.Describe() + ".");
    }

    private static string Rows(long count) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "row was" : "rows were")}");
}
