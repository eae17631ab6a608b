namespace BankChurn.Core.Report;

/// <summary>Facts about the run itself that outputs record: data file, its hash, period, version, timestamp and the config as run.</summary>
/// <param name="Language">The report's language ("ru" or "en"), for the sentences results.json carries.</param>
/// <param name="DataFile">The CSV file's name, or "table schema.name" / "query (input.query)" for a database source.</param>
/// <param name="DataSha256">The CSV file's SHA-256, or that of the SQL naming a database source (the quoted table, or the query).</param>
public sealed record RunInfo(string DataFile, string DataSha256, string Period, DateTimeOffset GeneratedAt, string ProgramVersion, string ConfigText, string Language = "ru")
{
    /// <summary>Where the rows came from: "csv" or "postgres".</summary>
    public string SourceKind { get; init; } = "csv";

    /// <summary>The database table, schema-qualified as configured, or null.</summary>
    public string? SourceTable { get; init; }

    /// <summary>The SELECT of input.query, or null; it holds no credentials (the connection string stays in the environment).</summary>
    public string? SourceQuery { get; init; }
}
