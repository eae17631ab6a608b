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

    private static readonly string[] RussianMonthsOf =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

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

    /// <summary>A plain number: whole numbers and amounts of a thousand or more without decimals, others with up to two.</summary>
    public string Number(double value)
    {
        double rounded = Math.Round(value, Math.Abs(value) >= 1000 ? 0 : 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(rounded == Math.Round(rounded) ? "N0" : "#,0.##", _numbers);
    }

    /// <summary>A fraction 0..1 as a percentage with <paramref name="digits"/> decimals: 0.182 → "18,2 %" / "18.2%".</summary>
    public string Percent(double fraction, int digits = 1)
    {
        double rounded = Math.Round(fraction * 100, digits, MidpointRounding.AwayFromZero);
        string number = (rounded == 0 ? 0 : rounded).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), _numbers);
        return IsRussian ? number + "\u00A0%" : number + "%";
    }

    /// <summary>An amount in whole roubles with digit grouping: "1 250 000 ₽".</summary>
    public string Rubles(double amount) => Integer((long)Math.Round(amount, MidpointRounding.AwayFromZero)) + "\u00A0₽";

    /// <summary>
    /// An amount rounded to two significant digits in readable units, for sentences: "780 тыс. ₽", "1,2 млн ₽", "3,4 млрд ₽"
    /// ("780k ₽", "1.2m ₽", "3.4bn ₽" in English). Below a thousand it is shown whole.
    /// </summary>
    public string ReadableMoney(double amount)
    {
        double size = Math.Abs(amount);
        (double unit, string ru, string en) = size switch
        {
            >= 1e9 => (1e9, "млрд", "bn"),
            >= 1e6 => (1e6, "млн", "m"),
            >= 1e3 => (1e3, "тыс.", "k"),
            _ => (1, "", ""),
        };
        double scaled = RoundSignificant(amount / unit, 2);
        if (Math.Abs(scaled) >= 1000 && unit < 1e9)
            return ReadableMoney(Math.Sign(amount) * 1000 * unit);
        string number = Number(scaled);
        if (unit == 1)
            return number + "\u00A0₽";
        return IsRussian ? $"{number}\u00A0{ru}\u00A0₽" : $"{number}{en}\u00A0₽";
    }

    /// <summary><paramref name="value"/> rounded to <paramref name="digits"/> significant digits (whole numbers never lose their units digit).</summary>
    public static double RoundSignificant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
            return 0;
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        int decimals = Math.Max(0, digits - magnitude);
        if (magnitude > digits)
        {
            double scale = Math.Pow(10, magnitude - digits);
            return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
        }
        // Math.Round takes at most 15 decimals; a smaller value (a formula giving fractions of a kopeck) is rounded through its text.
        if (decimals > 15)
            return double.Parse(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>"в 1,9 раза", "в 9 раз" / "1.9 times": a ratio with one decimal, the Russian noun agreeing with a whole number.</summary>
    public string Times(double ratio)
    {
        double rounded = Math.Round(ratio, 1, MidpointRounding.AwayFromZero);
        string noun = rounded == Math.Round(rounded) ? Plural((long)rounded, "раз", "раза", "раз", "", "") : "раза";
        return IsRussian ? $"в {Number(rounded)} {noun}" : $"{Number(rounded)} times";
    }

    /// <summary>
    /// A ratio of two rates in words, for "X уходят {ratio} чаще": "почти вдвое", "вдвое", "почти втрое", "втрое", otherwise
    /// "в 2,5 раза" ("almost twice", "twice", "almost three times", "three times", "2.5 times" in English).
    /// </summary>
    public string Ratio(double ratio)
    {
        double r = Math.Round(ratio, 2, MidpointRounding.AwayFromZero);
        return r switch
        {
            >= 1.8 and < 1.95 => Say("почти вдвое", "almost twice"),
            >= 1.95 and < 2.15 => Say("вдвое", "twice"),
            >= 2.75 and < 2.95 => Say("почти втрое", "almost three times"),
            >= 2.95 and < 3.15 => Say("втрое", "three times"),
            _ => Times(ratio),
        };
    }

    /// <summary>
    /// A change of a share in percentage points with its direction: +0.012 → "▲ +1,2 п. п." / "▲ +1.2 pp", −0.008 → "▼ −0,8 п. п.";
    /// a change that rounds to zero has no arrow ("0,0 п. п.").
    /// </summary>
    public string PointsChange(double fractionDelta, int digits = 1)
    {
        double points = Math.Round(fractionDelta * 100, digits, MidpointRounding.AwayFromZero);
        string unit = Say("\u00A0п.\u00A0п.", "\u00A0pp");
        string magnitude = Math.Abs(points).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), _numbers);
        return points switch
        {
            > 0 => "▲\u00A0+" + magnitude + unit,
            < 0 => "▼\u00A0" + _numbers.NegativeSign + magnitude + unit,
            _ => magnitude + unit,
        };
    }

    /// <summary>Words joined for a sentence: "a, b и c" / "a, b and c"; <paramref name="conjunction"/> replaces "и"/"and" ("или").</summary>
    public string List(IReadOnlyList<string> items, string? conjunction = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        string last = " " + (conjunction ?? Say("и", "and")) + " ";
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + last + items[^1],
        };
    }

    /// <summary>A range of amounts in one unit, for sentences and tables: "100–120 тыс. ₽", "0,8–1,2 млн ₽" ("100–120k ₽").</summary>
    public string ReadableMoneyRange(double from, double to)
    {
        double size = Math.Max(Math.Abs(from), Math.Abs(to));
        (double unit, string ru, string en) = size switch
        {
            >= 1e9 => (1e9, "млрд", "bn"),
            >= 1e6 => (1e6, "млн", "m"),
            >= 1e3 => (1e3, "тыс.", "k"),
            _ => (1, "", ""),
        };
        string span = $"{Number(RoundSignificant(from / unit, 2))}–{Number(RoundSignificant(to / unit, 2))}";
        if (unit == 1)
            return span + "\u00A0₽";
        return IsRussian ? $"{span}\u00A0{ru}\u00A0₽" : $"{span}{en}\u00A0₽";
    }

    /// <summary>
    /// A sum of money in compact form: "950 ₽", "83 тыс. ₽", "1,1 млн ₽", "2,5 млрд ₽" / "950 ₽", "83k ₽", "1.1m ₽", "2.5bn ₽"
    /// (the units of <see cref="ReadableMoney"/>, so a deck writes money one way). Thresholds of segments are already
    /// rounded to two significant figures, so up to two decimals of the unit are kept rather than rounded again.
    /// </summary>
    public string Money(double rubles) => CompactMoney(rubles) + "\u00A0₽";

    /// <summary>A range of money with the currency once: "80 тыс. – 1,1 млн ₽" / "80k–1.1m ₽".</summary>
    public string MoneyRange(double from, double to) =>
        CompactMoney(from) + (IsRussian ? " – " : "–") + CompactMoney(to) + "\u00A0₽";

    private string CompactMoney(double rubles)
    {
        double size = Math.Abs(rubles);
        (double unit, string ru, string en) = size switch
        {
            >= 1e9 => (1e9, "\u00A0млрд", "bn"),
            >= 1e6 => (1e6, "\u00A0млн", "m"),
            >= 1e3 => (1e3, "\u00A0тыс.", "k"),
            _ => (1, "", ""),
        };
        return Number(rubles / unit) + (IsRussian ? ru : en);
    }

    /// <summary>A p-value as a reader should see it: "p < 0,001" below a thousandth, otherwise three decimals.</summary>
    public string PValue(double p) => p < 0.001 ? "p " + PValueCell(p) : "p = " + PValueCell(p);

    /// <summary>A p-value for a table cell: "&lt; 0,001" or "0,033".</summary>
    public string PValueCell(double p) => p < 0.001 ? (IsRussian ? "< 0,001" : "< 0.001") : p.ToString("N3", _numbers);

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

    /// <summary>A calendar day in words: "3 декабря 2026" / "3 December 2026".</summary>
    public string Day(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {(IsRussian ? RussianMonthsOf : EnglishMonths)[day.Month - 1]} {day.Year}");

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
