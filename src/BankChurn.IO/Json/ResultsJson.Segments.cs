using System.Text.Json;
using BankChurn.Core.Segments;

namespace BankChurn.IO.Json;

/// <summary>results.json, blocks "segments" (every segment, ranked within its goal) and "campaign" (one campaign per current client).</summary>
public static partial class ResultsJson
{
    private static void WriteSegments(Utf8JsonWriter json, SegmentFindings findings, Core.Campaigns.CampaignPlan? plan)
    {
        json.WriteStartArray("segments");
        foreach (Segment segment in findings.Segments)
            WriteSegment(json, segment);
        json.WriteEndArray();

        // Discovered rules that did not hold on the holdout rows: kept for the record, shown nowhere else.
        json.WriteStartArray("unconfirmed_segments");
        foreach (Segment segment in findings.Unconfirmed)
            WriteSegment(json, segment);
        json.WriteEndArray();

        DiscoveryRun run = findings.Discovery;
        json.WriteStartObject("discovery");
        json.WriteString("method", "holdout");
        json.WriteNumber("search_rows", run.SearchRows);
        json.WriteNumber("holdout_rows", run.HoldoutRows);
        json.WriteNumber("tested", run.Tested);
        json.WriteNumber("significant", run.Significant);
        json.WriteNumber("repeats_dropped", run.Repeats);
        json.WriteNumber("too_broad_dropped", run.TooBroad);
        json.WriteEndObject();

        WriteCampaign(json, findings.Assignment, plan);
    }

    private static void WriteSegment(Utf8JsonWriter json, Segment segment)
    {
        SegmentFigures f = segment.Figures;
        json.WriteStartObject();
        json.WriteString("id", segment.Id);
        json.WriteString("name", segment.Name);
        json.WriteString("name_en", segment.EnglishName);
        json.WriteString("rule", segment.Rule);
        json.WriteString("goal", segment.Goal == SegmentGoal.Retention ? "retention" : "acquisition");
        json.WriteString("source", segment.Source == SegmentSource.Config ? "config" : "discovered");
        json.WriteNumber("clients", f.Clients);
        Number(json, "share_of_base", f.ShareOfBase);
        json.WriteNumber("churned", f.Churned);
        Number(json, "rate", f.Rate);
        Number(json, "ci_low", f.Confidence.Low);
        Number(json, "ci_high", f.Confidence.High);
        Number(json, "lift", f.Lift);
        json.WriteNumber("current_clients", f.CurrentClients);
        Number(json, "churner_coverage", f.ChurnerCoverage);
        Number(json, "avg_value", f.AvgValue);
        Number(json, "value_lost", f.ValueLost);
        Number(json, "value_at_risk", f.ValueAtRisk);
        Number(json, "excess_churners", f.ExcessChurners);
        Number(json, "p_value", f.PValue);
        Number(json, "p_adjusted", f.PAdjusted);
        json.WriteNumber("priority", f.Priority);
        json.WriteBoolean("significant", segment.Significant);
        if (segment.Holdout is { } holdout)
        {
            json.WriteStartObject("holdout");
            json.WriteNumber("clients", holdout.Clients);
            json.WriteNumber("churned", holdout.Churned);
            Number(json, "rate", holdout.Rate);
            Number(json, "lift", holdout.Lift);
            Number(json, "base_rate", holdout.BaseRate);
            Number(json, "p_value", holdout.PValue);
            Number(json, "p_adjusted", holdout.PAdjusted);
            json.WriteEndObject();
        }
        json.WriteBoolean("needs_recommendation", segment.NeedsRecommendation);
        json.WriteStartArray("actions");
        foreach (string action in segment.Actions)
            json.WriteStringValue(action);
        json.WriteEndArray();
        if (segment.Profile is { } profile)
        {
            json.WriteStartObject("profile");
            json.WriteStartArray("rule_columns");
            foreach (string column in profile.RuleColumns)
                json.WriteStringValue(column);
            json.WriteEndArray();
            WriteComparisons(json, profile.Comparison.Columns, "segment", "rest");
            json.WriteEndObject();
        }

        if (segment.Subgroups is { } subgroups)
        {
            json.WriteStartObject("subgroups");
            json.WriteNumber("churned", subgroups.First);
            json.WriteNumber("current", subgroups.Second);
            WriteComparisons(json, subgroups.Columns, "churned", "current");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>"campaign": the segment-priority assignment (current_clients, assigned, unassigned, by_segment) and the retention plan beside it.</summary>
    private static void WriteCampaign(Utf8JsonWriter json, CampaignAssignment campaign, Core.Campaigns.CampaignPlan? plan)
    {
        json.WriteStartObject("campaign");
        json.WriteNumber("current_clients", campaign.CurrentClients);
        json.WriteNumber("assigned", campaign.TotalAssigned);
        json.WriteNumber("unassigned", campaign.Unassigned);
        json.WriteStartArray("by_segment");
        for (int i = 0; i < campaign.SegmentIds.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", campaign.SegmentIds[i]);
            json.WriteNumber("clients", campaign.Assigned[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WritePlan(json, plan);
        json.WriteEndObject();
    }

    /// <summary>"columns": one entry per column (per level of a category), the two groups under the given names, null where a group has no value.</summary>
    private static void WriteComparisons(Utf8JsonWriter json, IEnumerable<ColumnComparison> columns, string first, string second)
    {
        json.WriteStartArray("columns");
        foreach (ColumnComparison column in columns)
        {
            json.WriteStartObject();
            json.WriteString("column", column.Column);
            if (column.Level is { } level)
                json.WriteString("level", level);
            else
                json.WriteNull("level");
            json.WriteString("measure", column.IsShare ? "share" : "mean");
            OptionalNumber(json, first, column.First);
            OptionalNumber(json, second, column.Second);
            OptionalNumber(json, "standardized_difference", column.Standardized);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
