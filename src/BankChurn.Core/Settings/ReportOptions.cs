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

    /// <summary>
    /// Where <see cref="Period"/> was written (a line of the config, or <c>--set</c> / <c>--period</c>), or null when
    /// neither gave one and the run chose the last closed month (<see cref="LastClosedMonth"/>).
    /// </summary>
    public SourceLocation? PeriodSource { get; init; }

    /// <summary>Where <see cref="FontFamily"/> was written, or the config file and key when it is the default; named when the font is unusable.</summary>
    public SourceLocation? FontFamilySource { get; init; }

    /// <summary>
    /// The default period: the last month that has ended on <paramref name="today"/> (run on 3 December, November).
    /// A monthly extract is taken after its month closes, so the current month would name the report after a month
    /// the data does not cover and compare it with the wrong previous folder.
    /// </summary>
    public static string LastClosedMonth(DateOnly today)
    {
        DateOnly previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return previous.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The churn window in the report's language, or null.</summary>
    public string? ChurnWindowIn(bool russian) => russian || ChurnWindowEn is null ? ChurnWindow : ChurnWindowEn;
}
