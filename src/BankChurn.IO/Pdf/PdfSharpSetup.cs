using BankChurn.Core;
using BankChurn.Core.Report;
using PdfSharp;
using PdfSharp.Fonts;

namespace BankChurn.IO.Pdf;

/// <summary>
/// PDFsharp's process-wide setup, done once: the licence choice (AGPL-3.0, or a commercial key from the file the
/// config names) and our <see cref="SystemFontResolver"/>. PDFsharp refuses to draw before both are in place.
/// </summary>
internal static class PdfSharpSetup
{
    private const string AgplLicense = "AGPL-3.0";
    private const string FamilyKey = "report.font_family";
    private const string LicenseKey = "report.pdf_license_file";

    private static readonly Lock Gate = new();
    private static readonly Lazy<SystemFontResolver> Resolver = new(() => new SystemFontResolver(FontCatalog.Scan(FontCatalog.SystemFolders())));
    private static string? s_license;
    private static bool s_resolverInstalled;

    /// <summary>The installed fonts PDFsharp draws with.</summary>
    public static FontCatalog Fonts => Resolver.Value.Catalog;

    /// <summary>Chooses the licence and installs the font resolver if not done yet, and checks the report's font family is installed.</summary>
    /// <exception cref="InputException">The licence file cannot be used, or the font family is not installed.</exception>
    public static void Prepare(ReportMeta meta)
    {
        lock (Gate)
        {
            ChooseLicense(meta);
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

    private static void ChooseLicense(ReportMeta meta)
    {
        string wanted = meta.PdfLicenseFile is { Length: > 0 } file ? Path.GetFullPath(file) : AgplLicense;
        if (wanted == s_license)
            return;
        if (wanted == AgplLicense)
        {
            PdfSharpLicense.SetAgplLicense();
            s_license = wanted;
            return;
        }

        var location = new SourceLocation(meta.ConfigFile, Field: LicenseKey);
        if (!File.Exists(wanted))
            throw new InputException(ProblemKind.Usage, location, $"the PDFsharp licence file '{wanted}' does not exist.", $"Fix the path, or remove {LicenseKey} to publish under AGPL-3.0.");
        string key = File.ReadAllText(wanted).Trim();
        bool valid = key.Length > 0;
        try
        {
            // The licence file holds the key empira sends, a base64 string (docs.pdfsharp.net/link/license-loading.html).
            // PDFsharp 6.5 exposes only LoadLicense and SetAgplLicense; LoadLicense throws for a key it cannot use.
            if (valid)
                PdfSharpLicense.LoadLicense(key);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp's licence exception type lives in its internal PdfSharp.License assembly; any failure means the key is unusable.
            valid = false;
        }

        if (!valid)
        {
            s_license = null;
            throw new InputException(ProblemKind.Usage, location, $"'{wanted}' is not a valid PDFsharp 6.5 licence key.", $"Put the base64 key from empira in that file, or remove {LicenseKey} to publish under AGPL-3.0.");
        }

        s_license = wanted;
    }
}
