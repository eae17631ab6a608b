using System.Text.Json;
using BankChurn.Core.Analysis.Value;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "value": the client-value formula and its sums over the base, the churned and the clients at risk.</summary>
public static partial class ResultsJson
{
    private static void WriteValue(Utf8JsonWriter json, ValueFindings value)
    {
        json.WriteStartObject("value");
        json.WriteString("formula", value.Formula);
        json.WriteString("description", value.Description);
        json.WriteString("unit", "RUB per year");
        Number(json, "total", value.Total);
        Number(json, "lost", value.Lost);
        Number(json, "current", value.Current);
        Number(json, "at_risk", value.AtRisk);
        Number(json, "lost_share", value.LostShare);
        Number(json, "at_risk_share", value.AtRiskShare);
        Number(json, "mean_churned", value.MeanChurned);
        Number(json, "mean_current", value.MeanCurrent);
        json.WriteNumber("clients_without_value", value.MissingValues);
        json.WriteString("at_risk_method", "sum over current clients of value × churn share of clients with the same products and last_activity");
        json.WriteStartArray("at_risk_cells");
        foreach (ValueCell cell in value.Cells)
        {
            json.WriteStartObject();
            OptionalNumber(json, "products", cell.Products);
            OptionalNumber(json, "last_activity", cell.Active);
            json.WriteNumber("clients", cell.Clients);
            json.WriteNumber("churned", cell.Churned);
            Number(json, "rate", cell.Rate);
            Number(json, "current_value", cell.CurrentValue);
            Number(json, "at_risk", cell.AtRisk);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
