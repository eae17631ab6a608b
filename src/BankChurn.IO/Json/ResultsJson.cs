using System.Text.Encodings.Web;
using System.Text.Json;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.IO.Json;

/// <summary>
/// Writes results.json: every figure the report shows, in a stable snake_case schema. Counts are integers, shares are
/// fractions; a non-finite number is a bug and stops the run rather than reaching the file.
/// </summary>
public static class ResultsJson
{
    public const string SchemaVersion = "1.0";

    public const string FileName = "results.json";

    public static void Write(ChurnFindings findings, RunInfo run, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteString("schema_version", SchemaVersion);
        json.WriteString("period", run.Period);
        json.WriteString("generated_at", run.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("program_version", run.ProgramVersion);
        WriteData(json, findings.Quality, run);
        WriteChurn(json, findings.Overall);
        json.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter json, DataQualityFindings quality, RunInfo run)
    {
        json.WriteStartObject("data");
        json.WriteString("source", run.DataFile);
        json.WriteString("sha256", run.DataSha256);
        json.WriteNumber("rows_read", quality.RowsRead);
        json.WriteNumber("rows_used", quality.RowsUsed);
        json.WriteNumber("rows_rejected", quality.RowsRejected);
        json.WriteNumber("rows_excluded", quality.RowsExcluded);
        json.WriteNumber("rows_dropped_as_duplicates", quality.Duplicates.RowsDropped);

        json.WriteStartObject("missing");
        foreach (ColumnMissing column in quality.Missing)
            json.WriteNumber(column.Column, column.Missing);
        json.WriteEndObject();

        json.WriteNumber("duplicate_user_ids", quality.Duplicates.DuplicateRows);
        json.WriteStartObject("duplicates");
        json.WriteNumber("repeated_rows", quality.Duplicates.DuplicateRows);
        json.WriteNumber("ids", quality.Duplicates.Ids);
        json.WriteNumber("ids_in_different_cities", quality.Duplicates.IdsInDifferentCities);
        json.WriteString("policy", Snake(quality.Duplicates.Policy.ToString()));
        json.WriteNumber("rows_dropped", quality.Duplicates.RowsDropped);
        json.WriteEndObject();

        json.WriteStartArray("exclusions");
        foreach (ExclusionCount exclusion in quality.Exclusions)
        {
            json.WriteStartObject();
            json.WriteString("rule", exclusion.Rule);
            json.WriteString("reason", exclusion.Reason);
            json.WriteNumber("rows", exclusion.Rows);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("rejected");
        foreach (RejectedRow row in quality.Rejected)
        {
            json.WriteStartObject();
            json.WriteNumber("line", row.Line);
            json.WriteString("column", row.Column);
            json.WriteString("value", row.Value);
            json.WriteString("problem", row.Problem);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("missingness");
        foreach (ColumnMissing column in quality.Missing.Where(c => c.Churn is not null))
            WriteMissingness(json, column);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMissingness(Utf8JsonWriter json, ColumnMissing column)
    {
        MissingChurn churn = column.Churn!;
        json.WriteStartObject();
        json.WriteString("column", column.Column);
        json.WriteNumber("missing", column.Missing);
        Number(json, "share", column.Share);
        json.WriteStartObject("churn");
        json.WriteNumber("missing_clients", churn.MissingClients);
        json.WriteNumber("missing_churned", churn.MissingChurned);
        Number(json, "missing_rate", churn.MissingRate);
        json.WriteNumber("present_clients", churn.PresentClients);
        json.WriteNumber("present_churned", churn.PresentChurned);
        Number(json, "present_rate", churn.PresentRate);
        WriteTest(json, churn.Test);
        json.WriteEndObject();
        json.WriteStartArray("associations");
        foreach (MissingAssociation association in column.Associations)
        {
            json.WriteStartObject();
            json.WriteString("column", association.Column);
            WriteTest(json, association.Test);
            json.WriteStartArray("concentration");
            foreach (LevelShare level in association.Concentration)
            {
                json.WriteStartObject();
                json.WriteString("level", level.Level.Label);
                json.WriteNumber("rows", level.Rows);
                Number(json, "share_of_missing", level.ShareOfMissing);
                Number(json, "share_of_present", level.ShareOfPresent);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTest(Utf8JsonWriter json, ContingencyTest test)
    {
        Number(json, "chi2", test.Statistic);
        json.WriteNumber("dof", test.DegreesOfFreedom);
        Number(json, "p_value", test.PValue);
        Number(json, "cramers_v", test.CramersV);
    }

    private static void WriteChurn(Utf8JsonWriter json, ChurnRate overall)
    {
        json.WriteStartObject("churn");
        json.WriteNumber("clients", overall.Clients);
        json.WriteNumber("churned", overall.Churned);
        Number(json, "rate", overall.Rate);
        Number(json, "ci_low", overall.Confidence.Low);
        Number(json, "ci_high", overall.Confidence.High);
        json.WriteEndObject();
    }

    /// <summary>Writes a finite number; NaN or Infinity here means a statistic was not guarded, which is a bug.</summary>
    internal static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (!double.IsFinite(value))
            throw new InvalidOperationException($"results.json: '{name}' is {value}; every figure must be finite.");
        json.WriteNumber(name, value);
    }

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
