using BankChurn.Core.Settings;

namespace BankChurn.Core.Report;

/// <summary>The report's identity and look, shared by every output: titles, footer texts and theme.</summary>
/// <param name="Title">The report's title: the title slide's headline and the documents' Title property.</param>
/// <param name="BankName">Shown on the title slide and in every footer.</param>
/// <param name="Period">The period as shown to readers, verbatim (e.g. "ноябрь 2026" or "2026-11").</param>
/// <param name="Confidentiality">The mark printed in every footer (e.g. "Конфиденциально"); empty for none.</param>
/// <param name="Language">"ru" or "en": the culture used by writers to format numbers.</param>
/// <param name="GeneratedAt">Written into document properties; pinned in the config so reruns are identical.</param>
/// <param name="BrandColor">The theme colour as "#RRGGBB".</param>
/// <param name="FontFamily">The font family of the deck, looked up among the installed system fonts.</param>
/// <param name="LogoFile">A PNG or JPEG file drawn on the title slide and in the title bar's corner, or null for none.</param>
/// <param name="ConfigFile">The config these settings came from, named in errors about them (an uninstalled font, a bad colour).</param>
public sealed record ReportMeta(
    string Title,
    string BankName,
    string Period,
    string Confidentiality,
    string Language,
    DateTimeOffset GeneratedAt,
    string BrandColor,
    string FontFamily,
    string ConfigFile = "report.config.yaml",
    string? LogoFile = null)
{
    /// <summary>The meta of a run: everything but the title comes from the checked settings.</summary>
    public static ReportMeta From(ReportSettings settings, string title)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ReportOptions options = settings.Report;
        return new(
            title,
            options.BankName,
            options.Period,
            options.Confidentiality,
            options.Language,
            options.GeneratedAt,
            options.BrandColor,
            options.FontFamily,
            settings.ConfigFile,
            settings.Deck.LogoFile);
    }
}
