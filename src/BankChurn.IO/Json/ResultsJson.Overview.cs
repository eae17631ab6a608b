using System.Collections.Immutable;
using System.Text.Json;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Overview;

namespace BankChurn.IO.Json;

/// <summary>results.json, inside block "churn": churn by level of each categorical column and its chi-square test.</summary>
public static partial class ResultsJson
{
    private static void WriteByFeature(Utf8JsonWriter json, ImmutableArray<FeatureChurn> features)
    {
        json.WriteStartObject("by_feature");
        foreach (FeatureChurn feature in features)
        {
            json.WriteStartArray(feature.Column);
            foreach (FeatureLevel level in feature.Levels)
            {
                json.WriteStartObject();
                WriteLevelValue(json, level.Level, level.IsMissing);
                WriteRate(json, level.Churn);
                OptionalNumber(json, "lift", level.Lift);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();

        json.WriteStartObject("chi2");
        foreach (FeatureChurn feature in features)
        {
            json.WriteStartObject(feature.Column);
            Number(json, "statistic", feature.Test.Statistic);
            json.WriteNumber("dof", feature.Test.DegreesOfFreedom);
            Number(json, "p_value", feature.Test.PValue);
            Number(json, "cramers_v", feature.Test.CramersV);
            json.WriteBoolean("continuity_correction", false);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>"value": the number for a whole-number level, the label for a category, null for the missing level; bins add "from" and "to".</summary>
    private static void WriteLevelValue(Utf8JsonWriter json, GroupLevel level, bool missing)
    {
        if (missing)
            json.WriteNull("value");
        else if (level.IsBin)
        {
            json.WriteString("value", level.Label);
            Number(json, "from", level.Low!.Value);
            Number(json, "to", level.High!.Value);
        }
        else if (level.Low is { } number)
            Number(json, "value", number);
        else
            json.WriteString("value", level.Label);
        json.WriteBoolean("missing", missing);
    }

    private static void WriteRate(Utf8JsonWriter json, ChurnRate rate)
    {
        json.WriteNumber("clients", rate.Clients);
        json.WriteNumber("churned", rate.Churned);
        Number(json, "rate", rate.Rate);
        Number(json, "ci_low", rate.Confidence.Low);
        Number(json, "ci_high", rate.Confidence.High);
    }

    /// <summary>A figure that may not exist (a lift when nobody churned): null rather than a made-up number.</summary>
    internal static void OptionalNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
            Number(json, name, number);
        else
            json.WriteNull(name);
    }

}
