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

    /// <summary>Throws a usage error naming the installed families when <paramref name="family"/> is not one of them.</summary>
    public static void RequireFamily(FontCatalog fonts, string family, string configFile)
    {
        if (fonts.Contains(family))
            return;
        string found = fonts.Families.IsEmpty ? "none (no .ttf files in " + string.Join(", ", FontCatalog.SystemFolders()) + ")" : string.Join(", ", fonts.Families);
        throw new InputException(
            ProblemKind.Usage,
            new SourceLocation(configFile, Field: FamilyKey),
            $"font family '{family}' is not installed. Installed TrueType families: {found}.",
            $"Set {FamilyKey} to one of them (e.g. 'DejaVu Sans', which has Cyrillic) or install the font.");
    }
}
