using System.Collections.Immutable;
using System.Globalization;

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
    int Seed)
{
    /// <summary>
    /// The culture outputs are formatted with ("18,2 %" and "1 250 000" in Russian), derived from the language
    /// so that it cannot disagree with it. Core itself never formats; IO passes this to every ToString.
    /// </summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Report.IsRussian ? "ru-RU" : "en-US");
}
