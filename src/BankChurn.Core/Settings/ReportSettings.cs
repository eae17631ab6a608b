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
    /// <summary>Columns and thresholds of the churn analysis; init-only so that existing construction sites keep compiling.</summary>
    public AnalysisSettings Analysis { get; init; } = AnalysisSettings.Default;

    /// <summary>The client-value metric.</summary>
    public ValueSettings Value { get; init; } = ValueSettings.Default;

    /// <summary>Defined and discovered segments, with their catalogue of actions.</summary>
    public SegmentsSettings Segments { get; init; } = SegmentsSettings.Default;

    /// <summary>The deck's slide list and order, and the logo.</summary>
    public DeckSettings Deck { get; init; } = DeckSettings.Default;

    /// <summary>The hypotheses to test, in the config's order; Holm's adjustment runs over this whole list.</summary>
    public ImmutableArray<HypothesisSettings> Hypotheses { get; init; } = [];

    /// <summary>The per-client churn model.</summary>
    public ModelSettings Model { get; init; } = ModelSettings.Default;

    /// <summary>The retention campaign plan.</summary>
    public CampaignSettings Campaign { get; init; } = CampaignSettings.Default;

    /// <summary>Month over month: where last period's results are.</summary>
    public ComparisonSettings Comparison { get; init; } = ComparisonSettings.Default;

    /// <summary>
    /// The culture outputs are formatted with ("18,2 %" and "1 250 000" in Russian), derived from the language
    /// so that it cannot disagree with it. Core itself never formats; IO passes this to every ToString.
    /// </summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Report.IsRussian ? "ru-RU" : "en-US");
}
