namespace BankChurn.Core.Settings;

/// <summary>The report's identity and look: period, language, bank, pinned timestamp and theme.</summary>
/// <param name="Period">The reporting month as yyyy-MM; it names the output folder.</param>
/// <param name="Language">"ru" (default) or "en": selects templates and number formats.</param>
/// <param name="GeneratedAt">The timestamp written into outputs; pinned in the config for byte-identical reruns.</param>
public sealed record ReportOptions(
    string Period,
    string Language,
    string BankName,
    string Confidentiality,
    DateTimeOffset GeneratedAt,
    string BrandColor,
    string FontFamily)
{
    public bool IsRussian => Language == "ru";

    /// <summary>
    /// The folder of the slide templates, holding one subfolder per language (templates/ru/summary.hbs); the config
    /// loader resolves it against the config's folder. Init-only so that existing construction sites keep compiling.
    /// </summary>
    public string TemplatesFolder { get; init; } = "templates";

    /// <summary>
    /// The period the extract's churn flag covers, as the deck says it ("за 3 месяца"), or null when the config does not
    /// state it: the deck then speaks of the snapshot's flag, not of leaving in the reporting month.
    /// </summary>
    public string? ChurnWindow { get; init; }

    /// <summary>The same for English decks; null shows <see cref="ChurnWindow"/>.</summary>
    public string? ChurnWindowEn { get; init; }

    /// <summary>The churn window in the report's language, or null.</summary>
    public string? ChurnWindowIn(bool russian) => russian || ChurnWindowEn is null ? ChurnWindow : ChurnWindowEn;
}
