using System.Globalization;
using BankChurn.Core.Report;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Turns raw cell values into the text a reader sees, in the report's language: "18,2 %", "1 250 000 ₽" in Russian,
/// "18.2%", "1,250,000 ₽" in English. Missing values show as an em dash.
/// </summary>
internal sealed class CellText
{
    private const string Missing = "—";
    private readonly CultureInfo _culture;
    private readonly bool _russian;

    private CellText(CultureInfo culture, bool russian)
    {
        _culture = culture;
        _russian = russian;
    }

    /// <summary>The culture numbers are written in; charts use it for axis ticks, whose decimals depend on the tick step.</summary>
    public CultureInfo Culture => _culture;

    /// <summary>True for Russian typography: a space before "%" and Russian unit words.</summary>
    public bool Russian => _russian;

    public static CellText For(string language) =>
        language == "en" ? new CellText(CultureInfo.GetCultureInfo("en-US"), false) : new CellText(CultureInfo.GetCultureInfo("ru-RU"), true);

    public string Format(Cell cell, CellFormat format) => cell.Kind switch
    {
        CellKind.Text => cell.Text!,
        CellKind.Date => cell.Date.ToString(_russian ? "dd.MM.yyyy" : "yyyy-MM-dd", _culture),
        CellKind.Number => Number(cell.Number, format),
        _ => Missing,
    };

    private string Number(double value, CellFormat format)
    {
        // Rounding first and then dropping the sign of a zero keeps "-0,0 %" out of the deck.
        string Round(double v, int digits, string pattern)
        {
            double rounded = Math.Round(v, digits, MidpointRounding.AwayFromZero);
            return (rounded == 0 ? 0 : rounded).ToString(pattern, _culture);
        }

        return format switch
        {
            CellFormat.Integer => Round(value, 0, "N0"),
            CellFormat.Decimal => Round(value, 2, "N2"),
            // Russian typography puts a (non-breaking) space before %, English does not.
            CellFormat.Percent => Round(value * 100, 1, "N1") + (_russian ? "\u00A0%" : "%"),
            CellFormat.Money => Round(value, 0, "N0") + "\u00A0₽",
            CellFormat.Scientific => value == 0 ? "0" : value.ToString(Math.Abs(value) >= 0.001 ? "0.###" : "0.00E+0", _culture),
            CellFormat.Date => DateOnly.FromDateTime(DateTime.FromOADate(value)).ToString(_russian ? "dd.MM.yyyy" : "yyyy-MM-dd", _culture),
            _ => value.ToString("G15", _culture),
        };
    }
}
