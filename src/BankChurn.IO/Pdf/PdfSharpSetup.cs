using BankChurn.Core;
using BankChurn.Core.Report;
using PdfSharp.Fonts;

namespace BankChurn.IO.Pdf;

/// <summary>
/// PDFsharp's process-wide setup, done once: our <see cref="SystemFontResolver"/>, which PDFsharp needs before it
/// draws any text. PDFsharp 6.2 is MIT-licensed and needs no licence choice (6.5 would make the program AGPL-3.0).
/// </summary>
internal static class PdfSharpSetup
{
    private const string FamilyKey = "report.font_family";

    private static readonly Lock Gate = new();
    private static readonly Lazy<SystemFontResolver> Resolver = new(() => new SystemFontResolver(FontCatalog.Scan(FontCatalog.SystemFolders())));
    private static bool s_resolverInstalled;

    /// <summary>The installed fonts PDFsharp draws with.</summary>
    public static FontCatalog Fonts => Resolver.Value.Catalog;

    /// <summary>Installs the font resolver if not done yet, and checks the report's font family is installed.</summary>
    /// <exception cref="InputException">The font family is not installed.</exception>
    public static void Prepare(ReportMeta meta)
    {
        lock (Gate)
        {
            if (!s_resolverInstalled)
            {
                // PDFsharp allows setting the resolver once, before any font is used; the lock and flag keep it that way.
                GlobalFontSettings.FontResolver = Resolver.Value;
                s_resolverInstalled = true;
            }

            RequireFamily(Fonts, meta.FontFamily, meta.ConfigFile);
        }
    }

    /// <summary>
    /// Checks, before any data is read, that the report's font family is installed and can write Russian, blaming the
    /// place the value came from (a line of the config, or <c>--set</c>).
    /// </summary>
    /// <exception cref="InputException">The family is missing or has no Cyrillic letters.</exception>
    public static void RequireReportFont(string family, SourceLocation where) => RequireFamily(Fonts, family, where);

    /// <summary>Throws a usage error naming the installed families when <paramref name="family"/> is not one of them.</summary>
    public static void RequireFamily(FontCatalog fonts, string family, string configFile) =>
        RequireFamily(fonts, family, new SourceLocation(configFile, Field: FamilyKey));

    /// <summary>
    /// Throws a usage error at <paramref name="where"/> when <paramref name="family"/> is not installed, or when the faces
    /// the deck draws with (regular and bold) lack a Russian letter; the message lists the families that would do.
    /// </summary>
    public static void RequireFamily(FontCatalog fonts, string family, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(where);
        bool fromCommandLine = where.File == "--set";
        string fix = fromCommandLine
            ? $"Pass --set {FamilyKey}=\"DejaVu Sans\" (or another family with Cyrillic from the list), or install the font (Debian/Ubuntu: apt-get install fonts-dejavu-core)."
            : $"Set {FamilyKey} to a family with Cyrillic from the list (e.g. \"DejaVu Sans\"), or install the font (Debian/Ubuntu: apt-get install fonts-dejavu-core).";
        if (!fonts.Contains(family))
        {
            string found = fonts.Families.IsEmpty
                ? "Installed TrueType families: none (no .ttf files in " + string.Join(", ", FontCatalog.SystemFolders()) + ")"
                : $"Installed TrueType families with Cyrillic: {Cyrillic(fonts)}; without: {Listed(fonts.Families.Where(f => !fonts.HasCyrillic(f)))}";
            throw new InputException(ProblemKind.Usage, where, $"font family '{family}' is not installed. {found}.", fix);
        }

        if (!fonts.HasCyrillic(family))
            throw new InputException(ProblemKind.Usage, where,
                $"font family '{family}' is installed but has no Cyrillic letters, so the deck's Russian text would be empty boxes. Installed TrueType families with Cyrillic: {Cyrillic(fonts)}.",
                fix);
    }

    private static string Cyrillic(FontCatalog fonts) => Listed(fonts.Families.Where(fonts.HasCyrillic));

    private static string Listed(IEnumerable<string> families)
    {
        string text = string.Join(", ", families);
        return text.Length == 0 ? "none" : text;
    }
}
