using System.Globalization;

namespace BankChurn.Core.Report;

/// <summary>
/// Numbers and words inside sentences that the composer writes, in the report's language ("18,2 %", "2 295 клиентов").
/// The number formats are built explicitly rather than taken from the machine, so Core stays independent of where it runs.
/// Table cells and key figures stay raw (<see cref="Cell"/>); only running text is worded here.
/// </summary>
public sealed class Wording
{
    private static readonly string[] RussianMonths =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly NumberFormatInfo _numbers;

    private Wording(bool russian)
    {
        IsRussian = russian;
        _numbers = new NumberFormatInfo
        {
            NumberDecimalSeparator = russian ? "," : ".",
            NumberGroupSeparator = russian ? "\u00A0" : ",",
            NumberGroupSizes = [3],
            NegativeSign = russian ? "−" : "-",
        };
    }

    public bool IsRussian { get; }

    public static Wording For(string language) => new(language != "en");

    /// <summary>Picks the Russian or the English text.</summary>
    public string Say(string russian, string english) => IsRussian ? russian : english;

    public string Integer(long value) => value.ToString("N0", _numbers);

    /// <summary>A plain number: whole numbers without decimals, others with up to two.</summary>
    public string Number(double value)
    {
        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(rounded == Math.Round(rounded) ? "N0" : "#,0.##", _numbers);
    }

    /// <summary>A fraction 0..1 as a percentage with <paramref name="digits"/> decimals: 0.182 → "18,2 %" / "18.2%".</summary>
    public string Percent(double fraction, int digits = 1)
    {
        double rounded = Math.Round(fraction * 100, digits, MidpointRounding.AwayFromZero);
        string number = (rounded == 0 ? 0 : rounded).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), _numbers);
        return IsRussian ? number + "\u00A0%" : number + "%";
    }

    /// <summary>
    /// A sum of money in compact form: "950 ₽", "83 тыс. ₽", "1,1 млн ₽", "2,5 млрд ₽" / "₽950", "₽83K", "₽1.1M", "₽2.5B".
    /// Thresholds of segments are already rounded to two significant figures, so up to two decimals of the unit are kept.
    /// </summary>
    public string Money(double rubles) => IsRussian ? CompactMoney(rubles) + "\u00A0₽" : (rubles < 0 ? "-₽" : "₽") + CompactMoney(Math.Abs(rubles));

    /// <summary>A range of money with the currency once in Russian: "80 тыс. – 1,1 млн ₽" / "₽80K–₽1.1M".</summary>
    public string MoneyRange(double from, double to) =>
        IsRussian ? CompactMoney(from) + " – " + CompactMoney(to) + "\u00A0₽" : Money(from) + "–" + Money(to);

    private string CompactMoney(double rubles)
    {
        double size = Math.Abs(rubles);
        (double unit, string ru, string en) = size switch
        {
            >= 1e9 => (1e9, "\u00A0млрд", "B"),
            >= 1e6 => (1e6, "\u00A0млн", "M"),
            >= 1e3 => (1e3, "\u00A0тыс.", "K"),
            _ => (1, "", ""),
        };
        return Number(rubles / unit) + (IsRussian ? ru : en);
    }

    /// <summary>A p-value as a reader should see it: "p < 0,001" below a thousandth, otherwise three decimals.</summary>
    public string PValue(double p) =>
        p < 0.001 ? (IsRussian ? "p < 0,001" : "p < 0.001") : "p = " + p.ToString("N3", _numbers);

    /// <summary>"ноябрь 2026" / "November 2026" from "2026-11"; other texts are returned as they are.</summary>
    public string Period(string period)
    {
        if (period.Length == 7 && period[4] == '-'
            && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(period.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && month is >= 1 and <= 12)
            return $"{(IsRussian ? RussianMonths : EnglishMonths)[month - 1]} {year.ToString(CultureInfo.InvariantCulture)}";
        return period;
    }

    /// <summary>A count with the noun in the right form: Russian has three (1 клиент, 2 клиента, 5 клиентов), English two.</summary>
    public string Count(long n, string one, string few, string many, string englishOne, string englishMany) =>
        $"{Integer(n)} {Plural(n, one, few, many, englishOne, englishMany)}";

    /// <summary>The noun form for <paramref name="n"/>.</summary>
    public string Plural(long n, string one, string few, string many, string englishOne, string englishMany)
    {
        if (!IsRussian)
            return n == 1 ? englishOne : englishMany;
        long mod100 = Math.Abs(n) % 100, mod10 = Math.Abs(n) % 10;
        if (mod100 is >= 11 and <= 14) return many;
        return mod10 switch { 1 => one, >= 2 and <= 4 => few, _ => many };
    }
}
