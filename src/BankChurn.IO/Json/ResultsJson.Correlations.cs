using System.Text.Json;
using BankChurn.Core.Analysis.Correlations;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "correlations": churn against every column, by the fitting method.</summary>
public static partial class ResultsJson
{
    private static void WriteCorrelations(Utf8JsonWriter json, CorrelationFindings correlations)
    {
        json.WriteStartObject("correlations");
        json.WriteStartArray("with_churn");
        foreach (ChurnCorrelation c in correlations.WithChurn)
        {
            json.WriteStartObject();
            json.WriteString("column", c.Column);
            json.WriteString("method", c.Method);
            json.WriteNumber("n", c.N);
            Number(json, "value", c.Value);
            Number(json, "p_value", c.PValue);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
