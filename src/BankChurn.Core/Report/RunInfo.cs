namespace BankChurn.Core.Report;

/// <summary>Facts about the run itself that outputs record: data file, its hash, period, version, timestamp and the config as run.</summary>
/// <param name="Language">The report's language ("ru" or "en"), for the sentences results.json carries.</param>
public sealed record RunInfo(string DataFile, string DataSha256, string Period, DateTimeOffset GeneratedAt, string ProgramVersion, string ConfigText, string Language = "ru");
