using BankChurn.Core.Analysis;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Report;

/// <summary>
/// How sentences name a group of clients ("мужчины", "клиенты с 4 продуктами") and a range of a column ("при балансе от 1 млн ₽").
/// Russian needs the right case after each preposition, so every canonical column has its phrases written out; other columns
/// fall back to "name = value".
/// </summary>
internal static class ColumnPhrases
{
    /// <summary>The clients with one level of a column, as the subject of a sentence ("мужчины", "clients with 4 products").</summary>
    public static string Who(string column, GroupLevel level, bool missing, Wording w)
    {
        if (missing)
            return w.Say($"клиенты без значения «{ColumnNames.Of(column, w)}»", $"clients without {ColumnNames.Of(column, w).ToLowerInvariant()}");
        double? v = level.IsBin ? null : level.Low;
        string text = DataQualitySlide.LevelText(level, w);
        return (column, v) switch
        {
            (ClientSchema.Gender, _) when level.Label == "М" => w.Say("мужчины", "men"),
            (ClientSchema.Gender, _) when level.Label == "Ж" => w.Say("женщины", "women"),
            (ClientSchema.City, _) => w.Say($"клиенты из города {level.Label}", $"clients in {level.Label}"),
            (ClientSchema.Products, 1) => w.Say("клиенты с 1 продуктом", "clients with 1 product"),
            (ClientSchema.Products, { }) => w.Say($"клиенты с {text} продуктами", $"clients with {text} products"),
            (ClientSchema.Equity, 1) => w.Say("клиенты с 1 баллом собственности", "clients with equity score 1"),
            (ClientSchema.Equity, { }) => w.Say($"клиенты с {text} баллами собственности", $"clients with equity score {text}"),
            (ClientSchema.CreditCard, 1) => w.Say("клиенты с кредитной картой", "clients with a credit card"),
            (ClientSchema.CreditCard, 0) => w.Say("клиенты без кредитной карты", "clients without a credit card"),
            (ClientSchema.LastActivity, 1) => w.Say("активные клиенты", "active clients"),
            (ClientSchema.LastActivity, 0) => w.Say("неактивные клиенты", "inactive clients"),
            _ => w.Say($"клиенты с «{ColumnNames.Of(column, w)}» = {text}", $"clients with {ColumnNames.Of(column, w).ToLowerInvariant()} {text}"),
        };
    }

    /// <summary>
    /// A range of a column after "при" / "with" ("балансе от 1 млн ₽", "balance from 1m ₽"). A range that starts at the
    /// column's smallest value reads "до …", one that ends at its largest reads "от …".
    /// </summary>
    public static string Range(string column, double from, double to, bool fromSmallest, bool toLargest, Wording w)
    {
        string subject = column switch
        {
            ClientSchema.Score => w.Say("скоринге", "credit score"),
            ClientSchema.Age => w.Say("возрасте", "age"),
            ClientSchema.Balance => w.Say("балансе", "balance"),
            ClientSchema.EstSalary => w.Say("доходе", "income"),
            ClientSchema.Equity => w.Say("баллах собственности", "equity score"),
            ClientSchema.Products => w.Say("числе продуктов", "number of products"),
            _ => $"«{ColumnNames.Of(column, w)}»",
        };
        return $"{subject} {Span(column, from, to, fromSmallest, toLargest, w)}";
    }

    /// <summary>"от 1 млн ₽", "830–910", "25–35 лет"; with neither end open, the two values joined by a dash.</summary>
    public static string Span(string column, double from, double to, bool fromSmallest, bool toLargest, Wording w)
    {
        string Value(double x) => IsMoney(column) ? w.ReadableMoney(x) : w.Number(Math.Round(x));
        string unit = column == ClientSchema.Age ? w.Say(" лет", " years") : "";
        if (toLargest && !fromSmallest)
            return w.Say($"от {Value(from)}{unit}", $"from {Value(from)}{unit}");
        if (fromSmallest && !toLargest)
            return w.Say($"до {Value(to)}{unit}", $"up to {Value(to)}{unit}");
        if (IsMoney(column))
            return w.ReadableMoneyRange(from, to);
        return $"{Value(from)}–{Value(to)}{unit}";
    }

    public static bool IsMoney(string column) => column is ClientSchema.Balance or ClientSchema.EstSalary;

    /// <summary>A level as a table shows it: "Ярославль", "4", "да" for a 0/1 column, "нет данных" for the missing level.</summary>
    public static string Label(string column, GroupLevel level, bool missing, Wording w)
    {
        if (missing)
            return w.Say("нет данных", "missing");
        if (ClientSchema.Find(column) is { Binary: true } && !level.IsBin && level.Low is { } flag)
            return flag == 1 ? w.Say("да", "yes") : w.Say("нет", "no");
        return level.Low is null && !level.IsBin ? Category(column, level.Label, w) : DataQualitySlide.LevelText(level, w);
    }

    /// <summary>
    /// A category value as the report shows it: as written in the data, except that an English report names the bank's
    /// gender codes М and Ж as "men" and "women" rather than show Cyrillic letters to English readers.
    /// </summary>
    public static string Category(string column, string value, Wording w) => (column, value) switch
    {
        (ClientSchema.Gender, "М") => w.Say("М", "men"),
        (ClientSchema.Gender, "Ж") => w.Say("Ж", "women"),
        _ => value,
    };

    /// <summary>
    /// A level is large enough to headline a slide when it holds at least this many clients and 1 % of the base:
    /// a 19-client level at 42 % is noise, not a finding.
    /// </summary>
    public static bool Headline(int levelClients, int allClients) => levelClients >= 30 && levelClients >= allClients * 0.01;

    /// <summary>The fewest clients a group needs before a text may say it churns "N times" as often: below it a ratio is mostly noise.</summary>
    public const int MinClientsForRatio = 100;

    /// <summary>Whether every group compared is large enough for "N times" (<see cref="MinClientsForRatio"/>).</summary>
    public static bool RatioAllowed(params int[] groupClients) => groupClients.All(n => n >= MinClientsForRatio);
}
