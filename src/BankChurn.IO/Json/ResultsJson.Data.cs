using System.Text.Json;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Quality;
using BankChurn.Core.Analysis.Warehouse;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "data": rows, missing values, duplicates, exclusions, rejected rows, missingness.</summary>
public static partial class ResultsJson
{
    private static void WriteData(Utf8JsonWriter json, DataQualityFindings quality, RunInfo run, PushdownSummary? pushdown)
    {
        json.WriteStartObject("data");
        json.WriteString("source", run.DataFile);
        json.WriteString("sha256", run.DataSha256);
        WriteInput(json, run, quality.RowsRead, pushdown);
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

    /// <summary>The source as configured: kind, and for a database the table or the query (never the connection string).</summary>
    private static void WriteInput(Utf8JsonWriter json, RunInfo run, int rowsRead, PushdownSummary? pushdown)
    {
        json.WriteStartObject("input");
        json.WriteString("kind", run.SourceKind);
        if (run.SourceTable is not null) json.WriteString("table", run.SourceTable);
        if (run.SourceQuery is not null) json.WriteString("query", run.SourceQuery);
        if (run.SourceKind != "csv") json.WriteString("sql_sha256", run.DataSha256);
        json.WriteNumber("rows", rowsRead);
        if (pushdown is not null)
        {
            // Above input.pushdown_rows: what the database counted over every row, and what the seeded sample gave.
            json.WriteStartObject("pushdown");
            json.WriteNumber("source_rows", pushdown.SourceRows);
            json.WriteNumber("sample_rows", pushdown.SampleRows);
            json.WriteNumber("sample_seed", pushdown.Seed);
            json.WriteStartArray("exact");
            foreach (string figure in pushdown.Exact) json.WriteStringValue(figure);
            json.WriteEndArray();
            json.WriteStartArray("from_sample");
            foreach (string figure in pushdown.FromSample) json.WriteStringValue(figure);
            json.WriteEndArray();
            json.WriteStartArray("not_written");
            foreach (string output in WarehouseFigures.NotWritten) json.WriteStringValue(output);
            json.WriteEndArray();
            json.WriteEndObject();
        }
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
}
