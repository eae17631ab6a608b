using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "drivers": per continuous column, the two groups' summaries, churn by quantile bin and the churn-prone ranges.</summary>
public static partial class ResultsJson
{
    private static void WriteDrivers(Utf8JsonWriter json, ImmutableArray<ContinuousDriver> drivers)
    {
        json.WriteStartObject("drivers");
        foreach (ContinuousDriver driver in drivers)
        {
            json.WriteStartObject(driver.Column);
            WriteSummary(json, "churned", driver.Churned);
            WriteSummary(json, "retained", driver.Retained);
            json.WriteStartObject("missing");
            json.WriteNumber("clients", driver.Missing.Clients);
            json.WriteNumber("churned", driver.Missing.Churned);
            Number(json, "rate", driver.Missing.Rate);
            json.WriteEndObject();

            json.WriteStartArray("bins");
            foreach (QuantileBin bin in driver.Bins)
            {
                json.WriteStartObject();
                Number(json, "from", bin.Level.Low ?? bin.Min);
                Number(json, "to", bin.Level.High ?? bin.Max);
                Number(json, "min", bin.Min);
                Number(json, "max", bin.Max);
                WriteRate(json, bin.Churn);
                OptionalNumber(json, "lift", bin.Lift);
                json.WriteBoolean("prone", bin.Prone);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("prone_intervals");
            foreach (ChurnRange range in driver.ProneRanges)
                WriteRange(json, range);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>A churn range: from and to are the smallest and largest values of its clients, both inclusive.</summary>
    internal static void WriteRange(Utf8JsonWriter json, ChurnRange range)
    {
        json.WriteStartObject();
        Number(json, "from", range.From);
        Number(json, "to", range.To);
        json.WriteNumber("clients", range.Clients);
        json.WriteNumber("churned", range.Churned);
        Number(json, "rate", range.Rate);
        Number(json, "ci_low", range.Confidence.Low);
        Number(json, "ci_high", range.Confidence.High);
        OptionalNumber(json, "lift", range.Lift);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, string name, NumericSummary? summary)
    {
        if (summary is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("n", summary.Count);
        Number(json, "mean", summary.Mean);
        Number(json, "median", summary.Median);
        Number(json, "q1", summary.Q1);
        Number(json, "q3", summary.Q3);
        Number(json, "min", summary.Min);
        Number(json, "max", summary.Max);
        json.WriteEndObject();
    }
}
