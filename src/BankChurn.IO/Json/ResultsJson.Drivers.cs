using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Statistics;

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
                Number(json, "p_value", bin.PValue);
                Number(json, "p_adjusted", bin.PAdjusted);
                json.WriteBoolean("prone", bin.Prone);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("prone_intervals");
            foreach (ChurnRange range in driver.ProneRanges)
                WriteRange(json, range);
            json.WriteEndArray();
            if (driver.Distribution is { } distribution)
                WriteDistribution(json, distribution);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The rank test (U of the churned group, scipy's U1), its effect, the shared histogram and the two density curves.</summary>
    private static void WriteDistribution(Utf8JsonWriter json, DriverDistribution d)
    {
        MannWhitneyTest mw = d.MannWhitney;
        Number(json, "mann_whitney_u", mw.U);
        Number(json, "z", mw.Z);
        Number(json, "p_value", mw.PValue);
        Number(json, "rank_biserial", mw.RankBiserial);
        Number(json, "rank_biserial_ci_low", mw.RankBiserialConfidence.Low);
        Number(json, "rank_biserial_ci_high", mw.RankBiserialConfidence.High);
        json.WriteBoolean("testable", mw.Degeneracy == Degeneracy.None);
        json.WriteStartObject("histogram");
        Numbers(json, "edges", d.Histogram.Edges);
        json.WriteStartArray("churned");
        foreach (int count in d.Histogram.CountsA) json.WriteNumberValue(count);
        json.WriteEndArray();
        json.WriteStartArray("retained");
        foreach (int count in d.Histogram.CountsB) json.WriteNumberValue(count);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("density");
        json.WriteString("bandwidth_rule", d.Bandwidth == BandwidthRule.Silverman ? "silverman" : "scott");
        Number(json, "bandwidth_churned", d.ChurnedDensity.Bandwidth);
        Number(json, "bandwidth_retained", d.RetainedDensity.Bandwidth);
        Numbers(json, "grid", d.Grid);
        Numbers(json, "churned", d.ChurnedDensity.Density);
        Numbers(json, "retained", d.RetainedDensity.Density);
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, ImmutableArray<double> values)
    {
        json.WriteStartArray(name);
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
                throw new InvalidOperationException($"results.json: '{name}' holds {value}; every figure must be finite.");
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
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
