using BankChurn.Core;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Pdf;

/// <summary>The deck's font, checked before any data is read: <c>validate</c> and <c>generate</c> both refuse a family that is missing or cannot write Russian.</summary>
public static class ReportFont
{
    /// <exception cref="InputException">report.font_family is not installed or has no Cyrillic letters; the message names where the value came from.</exception>
    public static void Require(ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        SourceLocation where = settings.Report.FontFamilySource ?? new SourceLocation(settings.ConfigFile, Field: "report.font_family");
        PdfSharpSetup.RequireReportFont(settings.Report.FontFamily, where);
    }
}
