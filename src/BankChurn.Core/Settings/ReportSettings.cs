using System.Collections.Immutable;

namespace BankChurn.Core.Settings;

/// <summary>
/// Everything a run needs, checked and with every default applied. Built once by the config loader in IO
/// from report.config.yaml plus command-line overrides; immutable afterwards.
/// </summary>
public sealed record ReportSettings(
    string ConfigFile,
    ReportOptions Report,
    InputSettings Input,
    CleaningSettings Cleaning,
    OutputSettings Output,
    int Seed);
