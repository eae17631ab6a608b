using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Changes;
using BankChurn.Core.Segments;

namespace BankChurn.IO.Json;

/// <summary>
/// results.json, blocks "priority_partition" (this period's disjoint priority cells, which next month's shift-share
/// re-applies) and "changes" (month over month against last period's results.json).
/// </summary>
public static partial class ResultsJson
{
    /// <summary>The block holding this period's priority cells; <see cref="PreviousResultsJson"/> reads it back next month.</summary>
    public const string PartitionBlock = "priority_partition";

    private static void WritePartition(Utf8JsonWriter json, ImmutableArray<PartitionCell> partition)
    {
        json.WriteStartObject(PartitionBlock);
        json.WriteString("method", "each client in the first priority segment (retention, then acquisition, by priority) whose rule holds; everyone else in rest_of_base");
        json.WriteStartArray("cells");
        foreach (PartitionCell cell in partition.IsDefault ? [] : partition)
        {
            json.WriteStartObject();
            json.WriteString("id", cell.Id);
            if (cell.Rule is null) json.WriteNull("rule"); else json.WriteString("rule", cell.Rule);
            WriteCount(json, cell.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, ChangeFindings findings)
    {
        json.WriteStartObject("changes");
        PeriodChanges? changes = findings.Changes;
        json.WriteBoolean("available", changes is not null);
        OptionalText(json, "previous_period", changes?.PreviousPeriod ?? findings.Previous?.Period);
        OptionalText(json, "previous_results", findings.Previous?.File);
        if (changes is null)
        {
            json.WriteString("reason", findings.Previous is null ? "not_compared" : "no_previous_results");
            json.WriteEndObject();
            return;
        }

        json.WriteStartArray("figures");
        foreach (FigureChange figure in changes.Figures)
        {
            json.WriteStartObject();
            json.WriteString("key", figure.Key);
            Number(json, "previous", figure.Previous);
            Number(json, "current", figure.Current);
            Number(json, "absolute", figure.Absolute);
            OptionalNumber(json, "relative", figure.Relative);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("churn_test");
        json.WriteString("test", "two_proportion_z");
        WriteProportionTest(json, changes.ChurnTest);
        json.WriteEndObject();

        json.WriteStartObject("segment_counts");
        foreach (SegmentStatus status in Enum.GetValues<SegmentStatus>())
            json.WriteNumber(Snake(status.ToString()), changes.Segments.Count(s => s.Status == status));
        json.WriteEndObject();

        json.WriteStartArray("segments");
        foreach (SegmentChange segment in changes.Segments)
            WriteSegmentChange(json, segment);
        json.WriteEndArray();

        if (changes.ShiftShare is { } shift)
            WriteShiftShare(json, shift);
        else
            json.WriteNull("shift_share");
        json.WriteEndObject();
    }

    private static void WriteSegmentChange(Utf8JsonWriter json, SegmentChange s)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("name", s.Name);
        json.WriteString("name_en", s.EnglishName);
        json.WriteString("goal", s.Goal == SegmentGoal.Retention ? "retention" : "acquisition");
        json.WriteString("source", s.Source == SegmentSource.Config ? "config" : "discovered");
        json.WriteString("status", Snake(s.Status.ToString()));
        OptionalText(json, "previous_rule", s.PreviousRule);
        OptionalText(json, "current_rule", s.CurrentRule);
        OptionalCount(json, "previous", s.Previous);
        OptionalCount(json, "current", s.Current);
        OptionalCount(json, "reapplied", s.Reapplied);
        OptionalNumber(json, "clients_change", s.ClientsChange);
        OptionalNumber(json, "rate_change", s.RateChange);
        OptionalNumber(json, "z", s.ChurnTest?.Z);
        OptionalNumber(json, "p_value", s.ChurnTest?.PValue);
        OptionalText(json, "redefines", s.RedefinesId);
        OptionalText(json, "replaced_by", s.ReplacedById);
        if (s.Confirmed is { } confirmed) json.WriteBoolean("confirmed", confirmed); else json.WriteNull("confirmed");
        OptionalNumber(json, "stability", s.Stability);
        OptionalNumber(json, "previous_priority", s.PreviousPriority);
        OptionalNumber(json, "current_priority", s.CurrentPriority);
        json.WriteEndObject();
    }

    private static void WriteShiftShare(Utf8JsonWriter json, ShiftShare shift)
    {
        json.WriteStartObject("shift_share");
        json.WriteString("method", "Kitagawa: total = mix (Δshare × previous rate) + rate (previous share × Δrate) + interaction (Δshare × Δrate), over last period's priority cells re-applied to this period");
        Number(json, "previous_rate", shift.PreviousRate);
        Number(json, "current_rate", shift.CurrentRate);
        Number(json, "total", shift.Total);
        Number(json, "mix", shift.Mix);
        Number(json, "rate", shift.RateEffect);
        Number(json, "interaction", shift.Interaction);
        json.WriteStartArray("cells");
        foreach (ShiftShareCell cell in shift.Cells)
        {
            json.WriteStartObject();
            json.WriteString("id", cell.Id);
            json.WriteNumber("previous_clients", cell.Previous.Clients);
            json.WriteNumber("previous_churned", cell.Previous.Churned);
            json.WriteNumber("current_clients", cell.Current.Clients);
            json.WriteNumber("current_churned", cell.Current.Churned);
            Number(json, "previous_share", cell.PreviousShare);
            Number(json, "current_share", cell.CurrentShare);
            Number(json, "previous_rate", cell.Previous.Rate);
            Number(json, "current_rate", cell.Current.Rate);
            Number(json, "mix", cell.Mix);
            Number(json, "rate", cell.RateEffect);
            Number(json, "interaction", cell.Interaction);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProportionTest(Utf8JsonWriter json, TwoProportionTest test)
    {
        Number(json, "difference", test.Difference);
        Number(json, "ci_low", test.DifferenceConfidence.Low);
        Number(json, "ci_high", test.DifferenceConfidence.High);
        Number(json, "z", test.Z);
        Number(json, "p_value", test.PValue);
    }

    private static void WriteCount(Utf8JsonWriter json, SegmentCount count)
    {
        json.WriteNumber("clients", count.Clients);
        json.WriteNumber("churned", count.Churned);
        Number(json, "rate", count.Rate);
    }

    private static void OptionalCount(Utf8JsonWriter json, string name, SegmentCount? count)
    {
        if (count is not { } value)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        WriteCount(json, value);
        json.WriteEndObject();
    }

    private static void OptionalText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}
