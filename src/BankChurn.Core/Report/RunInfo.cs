namespace BankChurn.Core.Report;

/// <summary>Facts about the run itself that outputs record: data file, its hash, period, version, timestamp and the config as run.</summary>
public sealed record RunInfo(string DataFile, string DataSha256, string Period, DateTimeOffset GeneratedAt, string ProgramVersion, string ConfigText);
