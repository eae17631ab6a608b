using System.Globalization;
using BankChurn.Core.Clients;
using BankChurn.Core.Report;

namespace BankChurn.Core.Segments;

/// <summary>
/// Names a discovered segment in words from its conditions, with a small grammar per column:
/// [activity adjective] noun (gender, else "клиенты") [age] [city] [modifiers joined with "и"]:
/// "Неактивные мужчины 25–35 лет из Ярославля с 2+ продуктами и балансом от 1,1 млн ₽" /
/// "Inactive men aged 25–35 from Yaroslavl with 2+ products and a balance of ₽1.1M or more".
/// A modifier repeats its preposition only when it differs from the previous one's.
/// </summary>
public static class SegmentNames
{
    private static readonly Dictionary<string, (string Genitive, string English)> Cities = new(StringComparer.Ordinal)
    {
        ["Ярославль"] = ("Ярославля", "Yaroslavl"),
        ["Рыбинск"] = ("Рыбинска", "Rybinsk"),
        ["Ростов"] = ("Ростова", "Rostov"),
        ["Ростов Великий"] = ("Ростова Великого", "Rostov Veliky"),
    };

    public static string Name(IEnumerable<Condition> conditions, Wording w)
    {
        string? adjective = null, noun = null, age = null, city = null;
        var modifiers = new List<(string Preposition, string Text)>();
        foreach (Condition c in conditions)
        {
            switch (c.Column)
            {
                case ClientSchema.Gender when c.Kind == ConditionKind.Levels && c.Levels.Length == 1 && c.Levels[0] is "М" or "Ж":
                    noun = c.Levels[0] == "М" ? w.Say("мужчины", "men") : w.Say("женщины", "women");
                    break;
                case ClientSchema.LastActivity when c.Kind == ConditionKind.Levels && c.Levels.Length == 1:
                    adjective = c.Levels[0] == "1" ? w.Say("активные", "active") : w.Say("неактивные", "inactive");
                    break;
                case ClientSchema.Age when c.Kind == ConditionKind.Range:
                    age = Age(c, w);
                    break;
                case ClientSchema.City when c.Kind == ConditionKind.Levels:
                    city = City(c, w);
                    break;
                default:
                    modifiers.Add(Modifier(c, w));
                    break;
            }
        }
        var words = new List<string>();
        if (adjective is not null) words.Add(adjective);
        words.Add(noun ?? w.Say("клиенты", "clients"));
        if (age is not null) words.Add(age);
        if (city is not null) words.Add(city);
        if (modifiers.Count > 0) words.Add(Join(modifiers, w));
        string name = string.Join(" ", words);
        return char.ToUpper(name[0], w.IsRussian ? CultureInfo.GetCultureInfo("ru-RU") : CultureInfo.InvariantCulture) + name[1..];
    }

    private static string Join(List<(string Preposition, string Text)> modifiers, Wording w)
    {
        var parts = new List<string>();
        string? previous = null;
        foreach ((string preposition, string text) in modifiers)
        {
            string group = preposition == "со" ? "с" : preposition;
            parts.Add(group == previous || preposition.Length == 0 ? text : preposition + " " + text);
            previous = group;
        }
        return parts.Count == 1
            ? parts[0]
            : string.Join(", ", parts.Take(parts.Count - 1)) + w.Say(" и ", " and ") + parts[^1];
    }

    private static string Age(Condition c, Wording w)
    {
        string Years(double last)
        {
            long n = (long)Math.Abs(last);
            return n % 10 == 1 && n % 100 != 11 ? "года" : "лет";
        }
        string N(double v) => w.Number(v);
        return (c.From, c.To) switch
        {
            ({ } f, { } t) => w.Say($"{N(f)}–{N(t)} {Years(t)}", $"aged {N(f)}–{N(t)}"),
            ({ } f, null) => w.Say($"от {N(f)} {Years(f)}", $"aged {N(f)}+"),
            (null, { } t) => w.Say($"до {N(t)} {Years(t)}", $"aged up to {N(t)}"),
            _ => "",
        };
    }

    private static string City(Condition c, Wording w)
    {
        if (c.Levels.All(Cities.ContainsKey))
        {
            string list = c.Levels.Length == 1
                ? Pick(c.Levels[0])
                : string.Join(", ", c.Levels.Take(c.Levels.Length - 1).Select(Pick)) + w.Say(" и ", " and ") + Pick(c.Levels[^1]);
            return w.Say("из ", "from ") + list;
        }
        return w.Say("(город: ", "(city: ") + string.Join(", ", c.Levels) + ")";

        string Pick(string level) => w.IsRussian ? Cities[level].Genitive : Cities[level].English;
    }

    /// <summary>A preposition and the words it governs (instrumental after "с", genitive after "без").</summary>
    private static (string, string) Modifier(Condition c, Wording w)
    {
        if (c.Kind == ConditionKind.IsMissing)
        {
            return c.Column switch
            {
                ClientSchema.Balance => (w.Say("без", "with"), w.Say("данных о балансе", "no balance on file")),
                ClientSchema.Age => (w.Say("без", "with"), w.Say("данных о возрасте", "no age on file")),
                _ => (w.Say("без", "with"), w.Say($"данных ({c.Column})", $"no {c.Column} on file")),
            };
        }
        string with = w.Say("с", "with");
        switch (c.Column)
        {
            case ClientSchema.CreditCard when c.Side is ConditionSide.High or ConditionSide.Low:
                return c.Side == ConditionSide.High
                    ? (with, w.Say("кредитной картой", "a credit card"))
                    : (w.Say("без", "without"), w.Say("кредитной карты", "a credit card"));
            case ClientSchema.Products:
                return (with, Products(c, w));
            case ClientSchema.Equity:
                return (with, w.Say("баллами собственности", "an equity score") + Span(c, w, w.Number, zeroFloor: true));
            case ClientSchema.Score:
                return (w.Say("со", "with"), w.Say("скорингом", "a score") + Span(c, w, w.Number, zeroFloor: false));
            case ClientSchema.Balance:
                return (with, w.Say("балансом", "a balance") + MoneySpan(c, w));
            case ClientSchema.EstSalary:
                return (with, w.Say("доходом", "an income") + MoneySpan(c, w));
            default:
                return ("", "(" + c.RuleText + ")");
        }
    }

    private static string Products(Condition c, Wording w)
    {
        if (c.Kind == ConditionKind.Levels && c.Levels.Length == 1)
        {
            string level = c.Levels[0];
            return level == "1"
                ? w.Say("одним продуктом", "one product")
                : w.Say($"{Instrumental(level)} продуктами", $"{level} products");
        }
        if (c.Kind == ConditionKind.Range)
        {
            return (c.From, c.To) switch
            {
                ({ } f, null) => w.Say($"{w.Number(f)}+ продуктами", $"{w.Number(f)}+ products"),
                (null, 1) => w.Say("не более чем одним продуктом", "at most one product"),
                (null, { } t) => w.Say($"не более чем {Instrumental(w.Number(t))} продуктами", $"at most {w.Number(t)} products"),
                ({ } f, { } t) => w.Say($"{w.Number(f)}–{w.Number(t)} продуктами", $"{w.Number(f)}–{w.Number(t)} products"),
                _ => c.RuleText,
            };
        }
        return w.Say("продуктами: ", "products: ") + string.Join(", ", c.Levels);
    }

    /// <summary>Small counts in words in the instrumental case ("с двумя продуктами"); larger ones stay digits ("с 7 продуктами").</summary>
    private static string Instrumental(string count) => count switch
    {
        "2" => "двумя",
        "3" => "тремя",
        "4" => "четырьмя",
        "5" => "пятью",
        _ => count,
    };

    /// <summary>
    /// The words after the noun, with their leading space: " 830–910", " от 900" / " of 900+", " до 800" / " up to 800";
    /// a column that cannot go below zero reads "0–1" for "≤ 1".
    /// </summary>
    private static string Span(Condition c, Wording w, Func<double, string> number, bool zeroFloor)
    {
        string of = w.Say(" ", " of ");
        if (c.Kind == ConditionKind.Levels)
            return of + string.Join(", ", c.Levels);
        return (c.From, c.To) switch
        {
            ({ } f, { } t) => $"{of}{number(f)}–{number(t)}",
            ({ } f, null) => w.Say($" от {number(f)}", $" of {number(f)}+"),
            (null, { } t) when zeroFloor => $"{of}{number(0)}–{number(t)}",
            (null, { } t) => w.Say($" до {number(t)}", $" up to {number(t)}"),
            _ => " " + c.RuleText,
        };
    }

    /// <summary>The words after the noun, with their leading space: " от 1,1 млн ₽" / " of ₽1.1M or more", " до 80 тыс. ₽" / " up to ₽80K".</summary>
    private static string MoneySpan(Condition c, Wording w) => (c.From, c.To) switch
    {
        ({ } f, { } t) => w.IsRussian ? " от " + w.MoneyRange(f, t).Replace(" – ", " до ", StringComparison.Ordinal) : " of " + w.MoneyRange(f, t),
        ({ } f, null) => w.Say(" от " + w.Money(f), " of " + w.Money(f) + " or more"),
        (null, { } t) => w.Say(" до " + w.Money(t), " up to " + w.Money(t)),
        _ => " " + c.RuleText,
    };
}
