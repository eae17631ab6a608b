using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;
using BankChurn.Core.Segments;
using BankChurn.Core.Settings;
using BankChurn.IO.Narrative;

namespace BankChurn.Cli;

/// <summary>
/// The summary printed after a successful run: where the files are, which period and why, the headline figures, the
/// warnings and the time each stage took. The figures are gathered here as raw values; the words and number formats
/// come from templates/&lt;language&gt;/run_summary.hbs, like the deck's.
/// </summary>
internal static class RunSummary
{
    public static string Text(SlideTemplates templates, IReadOnlyDictionary<string, object?> values) =>
        templates.ConsoleText(SlideTemplates.RunSummaryName, values);

    /// <summary>The run summary's variables (templates/README.md lists them).</summary>
    public static Dictionary<string, object?> Values(
        GenerateRequest request, DateTimeOffset now, ReportSettings settings, ChurnFindings findings, IReadOnlyList<string> written, RunSteps steps)
    {
        var quality = findings.Quality;
        int maxRows = settings.Segments.ClientListMaxRows;
        var values = Period(request, now, settings);
        values["files"] = written.ToList();
        values["clients"] = findings.Overall.Clients;
        values["rows_read"] = quality.RowsRead;
        values["churned"] = findings.Overall.Churned;
        values["rate"] = findings.Overall.Rate;
        values["ci_low"] = findings.Overall.Confidence.Low;
        values["ci_high"] = findings.Overall.Confidence.High;
        values["rows_rejected"] = quality.RowsRejected;
        values["rejected_file"] = ReportRun.RejectedRowsFile;
        values["rows_excluded"] = quality.RowsExcluded;
        values["duplicate_ids"] = quality.Duplicates.DuplicateRows > 0 ? quality.Duplicates.Ids : 0;
        values["duplicate_policy"] = quality.Duplicates.Policy switch
        {
            DuplicatePolicy.KeepFirst => "keep_first",
            DuplicatePolicy.DropAll => "drop_all",
            _ => "keep",
        };
        values["clients_sheet"] = null;
        values["campaigns_sheet"] = null;
        if (findings.Segments.Clients is not null && maxRows > 0)
        {
            if (ClientListPlan.Of(findings.Segments, maxRows) is { LeftOut.IsEmpty: false } plan)
                values["clients_sheet"] = Sheet(plan, findings.Segments.Segments.Length, maxRows);
            // The campaigns sheet lists the retention plan, campaign by campaign while they fit.
            if (findings.Plan is { } retention)
            {
                Wording wording = Wording.For(settings.Report.Language);
                string[] names = [.. retention.Campaigns.Select(c => CampaignNames.Of(c, wording))];
                if (ClientListPlan.ForPlan(retention, names, maxRows) is { LeftOut.IsEmpty: false } campaigns)
                    values["campaigns_sheet"] = Sheet(campaigns, retention.Campaigns.Length, maxRows);
            }
        }

        values["total_seconds"] = steps.Total.TotalSeconds;
        values["steps"] = steps.Times.Select(t => new Dictionary<string, object?> { ["name"] = t.Name, ["seconds"] = t.Took.TotalSeconds }).ToList();
        return values;
    }

    /// <summary>The validate line's variables.</summary>
    public static Dictionary<string, object?> ValidateValues(GenerateRequest request, ReportSettings settings, LoadedClients loaded, ChurnFindings findings)
    {
        var values = Period(request, request.Clock.GetLocalNow(), settings);
        values["config_file"] = settings.ConfigFile;
        values["data_file"] = settings.Input.Database?.Describe() ?? settings.Input.Path;
        values["rows_read"] = loaded.RowsRead;
        values["rows_rejected"] = findings.Quality.RowsRejected;
        values["rows_used"] = findings.Quality.RowsUsed;
        values["font_family"] = settings.Report.FontFamily;
        return values;
    }

    /// <summary>
    /// The period in words and why it was chosen: given with --period, written in the config (file:line) or on --set, or
    /// chosen as the last closed month because neither gave one.
    /// </summary>
    private static Dictionary<string, object?> Period(GenerateRequest request, DateTimeOffset now, ReportSettings settings)
    {
        Wording wording = Wording.For(settings.Report.Language);
        string? source = request.Period is not null ? "--period" : settings.Report.PeriodSource?.ToString();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["period"] = wording.Period(settings.Report.Period),
            ["period_code"] = settings.Report.Period,
            ["period_default"] = source is null,
            ["period_source"] = source,
            ["run_date"] = wording.Day(DateOnly.FromDateTime(now.DateTime)),
        };
    }

    private static Dictionary<string, object?> Sheet(ClientListPlan plan, int total, int maxRows) => new(StringComparer.Ordinal)
    {
        ["listed"] = plan.Listed.Length,
        ["total"] = total,
        ["rows"] = plan.Rows,
        ["left_out"] = string.Join(", ", plan.LeftOut),
        ["max_rows"] = maxRows,
    };
}
