using System.Text.Json;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.PhiK;

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

        PhiKMatrix phik = correlations.PhiK;
        json.WriteStartObject("phik");
        json.WriteString("binning", phik.Binning == PhiKBinning.Uniform ? "uniform" : "quantile");
        json.WriteStartArray("columns");
        foreach (string column in phik.Columns)
            json.WriteStringValue(column);
        json.WriteEndArray();
        WriteMatrix(json, "matrix", phik, r => r.Value);
        WriteMatrix(json, "significance", phik, r => r.Significance);
        json.WriteEndObject();

        json.WriteStartArray("ranking");
        foreach (DriverRank rank in correlations.Ranking)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", rank.Rank);
            json.WriteString("column", rank.Column);
            Number(json, "phik", rank.PhiK);
            Number(json, "significance", rank.Significance);
            Number(json, "p_value", rank.PValue);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter json, string name, PhiKMatrix phik, Func<PhiKResult, double> pick)
    {
        json.WriteStartArray(name);
        for (int i = 0; i < phik.Columns.Length; i++)
        {
            json.WriteStartArray();
            for (int j = 0; j < phik.Columns.Length; j++)
            {
                double value = pick(phik[i, j]);
                if (!double.IsFinite(value))
                    throw new InvalidOperationException($"results.json: phi_K {name}[{i}][{j}] is {value}.");
                json.WriteNumberValue(value);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
