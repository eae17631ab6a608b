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
public static partial class ResultsJson
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
        WriteData(json, findings.Quality, run, findings.Pushdown);
        WriteChurn(json, findings);
        WriteDrivers(json, findings.Drivers);
        WritePortraits(json, findings.Portraits);
        WriteValue(json, findings.Value);
        WriteCorrelations(json, findings.Correlations);
        WriteHypotheses(json, findings.Hypotheses, Wording.For(run.Language));
        WriteSegments(json, findings.Segments, findings.Plan);
        WriteModel(json, findings.Model);
        WritePartition(json, findings.Changes.Partition);
        WriteChanges(json, findings.Changes);
        json.WriteEndObject();
    }

    private static void WriteChurn(Utf8JsonWriter json, ChurnFindings findings)
    {
        ChurnRate overall = findings.Overall;
        json.WriteStartObject("churn");
        json.WriteNumber("clients", overall.Clients);
        json.WriteNumber("churned", overall.Churned);
        Number(json, "rate", overall.Rate);
        Number(json, "ci_low", overall.Confidence.Low);
        Number(json, "ci_high", overall.Confidence.High);
        WriteByFeature(json, findings.ByFeature);
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
