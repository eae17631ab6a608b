using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Report;

/// <summary>
/// The one-sentence portraits of a churning and a loyal client, built from the figures ("Уходящий клиент: мужчина 30–50 лет,
/// 3+ продукта, активный, баланс около 780 тыс. ₽"). This is the one place that words them, so a template can replace it.
/// </summary>
/// <remarks>
/// The rule: a column appears when one of its levels is over-represented in the group against the other group (share ratio
/// ≥ <see cref="OverRepresented"/>); gender always appears, by such a level or else by the group's mode, and age always appears as
/// the group's inter-quartile range rounded to 5 years. Other numeric columns appear when the two groups' medians differ by that
/// same ratio, as the group's median (money rounded to readable thousands). Ordered levels (products, equity) merge into
/// "3+" or "1–2" when the over-represented levels are adjacent.
/// </remarks>
public sealed record PortraitSentences(string Churned, string Retained)
{
    /// <summary>A level or median is characteristic of a group when its share (or value) is at least this many times the other group's.</summary>
    public const double OverRepresented = 1.2;

    /// <param name="maxTraits">How many traits besides gender and age to keep, the strongest first (for a slide title); all by default.</param>
    public static PortraitSentences Of(PortraitFindings portraits, Wording w, int maxTraits = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(portraits);
        ArgumentNullException.ThrowIfNull(w);
        return new PortraitSentences(
            Sentence(portraits, churned: true, w, maxTraits),
            Sentence(portraits, churned: false, w, maxTraits));
    }

    private static string Sentence(PortraitFindings portraits, bool churned, Wording w, int maxTraits)
    {
        string head = churned ? w.Say("Уходящий клиент", "Churning client") : w.Say("Лояльный клиент", "Loyal client");
        if ((churned ? portraits.Churned : portraits.Retained) == 0)
            return churned ? w.Say($"{head}: в этом месяце никто не ушёл", $"{head}: nobody left this month") : w.Say($"{head}: все клиенты ушли", $"{head}: every client left");

        // Gender and age make the subject ("мужчина 30–50 лет"); the traits follow in column order.
        var subject = new List<string>();
        bool feminine = false;
        if (portraits.Levels.FirstOrDefault(l => l.Column == ClientSchema.Gender) is { } gender && Gender(gender, churned) is { } g)
        {
            feminine = g.Label == "Ж";
            subject.Add(g.Label switch { "М" => w.Say("мужчина", "a man"), "Ж" => w.Say("женщина", "a woman"), _ => g.Label });
        }
        if (portraits.Numeric.FirstOrDefault(n => n.Column == ClientSchema.Age) is { } age && (churned ? age.Churned : age.Retained) is { } a)
            subject.Add(AgeRange(a, w));

        var traits = new List<(string Text, double Strength)>();
        foreach (LevelPortrait column in portraits.Levels.Where(l => l.Column != ClientSchema.Gender))
            if (LevelPart(column, churned, feminine, w) is { } part)
                traits.Add(part);
        foreach (NumericPortrait column in portraits.Numeric.Where(n => n.Column != ClientSchema.Age))
            if (NumericPart(column, churned, w) is { } part)
                traits.Add(part);
        var kept = traits.Select((t, i) => (t.Text, t.Strength, Index: i))
            .OrderByDescending(t => t.Strength).ThenBy(t => t.Index).Take(maxTraits)
            .OrderBy(t => t.Index).Select(t => t.Text);
        string[] parts = [.. (subject.Count > 0 ? [string.Join(" ", subject)] : Array.Empty<string>()), .. kept];
        return parts.Length == 0 ? head : $"{head}: {string.Join(", ", parts)}";
    }

    private static double? Ratio(PortraitLevel level, bool churned) => churned ? level.ChurnedRatio : level.RetainedRatio;

    private static double Share(PortraitLevel level, bool churned) => churned ? level.ChurnedShare : level.RetainedShare;

    /// <summary>The group's most over-represented gender, or its mode when neither stands out.</summary>
    private static GroupLevel? Gender(LevelPortrait gender, bool churned)
    {
        PortraitLevel? over = OverRepresentedLevels(gender, churned).OrderByDescending(l => Ratio(l, churned) ?? double.MaxValue).FirstOrDefault();
        return (over ?? (churned ? gender.ChurnedMode : gender.RetainedMode))?.Level;
    }

    private static IEnumerable<PortraitLevel> OverRepresentedLevels(LevelPortrait column, bool churned) =>
        column.Levels.Where(l => !l.IsMissing && Share(l, churned) > 0 && (Ratio(l, churned) is not { } r || r >= OverRepresented));

    /// <summary>The group's inter-quartile range of age, each end rounded to 5 years: "30–50 лет" / "aged 30–50".</summary>
    private static string AgeRange(NumericSummary age, Wording w)
    {
        double low = Math.Round(age.Q1 / 5, MidpointRounding.AwayFromZero) * 5;
        double high = Math.Round(age.Q3 / 5, MidpointRounding.AwayFromZero) * 5;
        string span = low == high ? w.Number(low) : $"{w.Number(low)}–{w.Number(high)}";
        return w.Say($"{span} лет", $"aged {span}");
    }

    /// <summary>The trait a categorical column gives, with its strength: the over-represented levels' combined share ratio.</summary>
    private static (string, double)? LevelPart(LevelPortrait column, bool churned, bool feminine, Wording w)
    {
        PortraitLevel[] over = [.. OverRepresentedLevels(column, churned)];
        if (Text(column, over, churned, feminine, w) is not { } text)
            return null;
        double mine = over.Sum(l => Share(l, churned)), other = over.Sum(l => Share(l, !churned));
        return (text, over.Length == 0 ? 1 : other == 0 ? double.MaxValue : mine / other);
    }

    private static string? Text(LevelPortrait column, PortraitLevel[] over, bool churned, bool feminine, Wording w)
    {
        bool ordered = column.Levels.Where(l => !l.IsMissing).All(l => l.Level.Low is not null && !l.Level.IsBin);
        if (over.Length == 0)
            return column.Column == ClientSchema.Products && (churned ? column.ChurnedMode : column.RetainedMode) is { } mode
                ? Ordered(column.Column, [mode.Level.Low!.Value], false, w)
                : null;
        if (!ordered)
        {
            PortraitLevel top = over.OrderByDescending(l => Ratio(l, churned) ?? double.MaxValue).First();
            return column.Column == ClientSchema.City
                ? w.Say($"город {top.Level.Label}", $"lives in {top.Level.Label}")
                : $"{ColumnNames.Of(column.Column, w).ToLowerInvariant()} {top.Level.Label}";
        }

        double[] values = [.. over.Select(l => l.Level.Low!.Value).Order()];
        double[] all = [.. column.Levels.Where(l => !l.IsMissing).Select(l => l.Level.Low!.Value).Order()];
        int first = Array.IndexOf(all, values[0]);
        bool adjacent = values.Select((v, i) => all.Length > first + i && all[first + i] == v).All(x => x);
        if (!adjacent)
        {
            // Scattered levels do not make one phrase: name the most over-represented one.
            values = [over.OrderByDescending(l => Ratio(l, churned) ?? double.MaxValue).First().Level.Low!.Value];
        }
        bool toTop = adjacent && values.Length > 1 && values[^1] == all[^1];
        return Binary(column.Column, values, feminine, w) ?? Ordered(column.Column, values, toTop, w);
    }

    private static string? Binary(string column, double[] values, bool feminine, Wording w)
    {
        if (values.Length != 1)
            return null;
        return (column, values[0]) switch
        {
            (ClientSchema.LastActivity, 1) => w.Say(feminine ? "активная" : "активный", "active"),
            (ClientSchema.LastActivity, 0) => w.Say(feminine ? "неактивная" : "неактивный", "inactive"),
            (ClientSchema.CreditCard, 1) => w.Say("с кредитной картой", "has a credit card"),
            (ClientSchema.CreditCard, 0) => w.Say("без кредитной карты", "no credit card"),
            _ => null,
        };
    }

    /// <summary>"3+ продукта", "1 продукт", "1–2 продукта"; equity as "собственность 3+ баллов"-free wording: "баллы собственности 3+".</summary>
    private static string Ordered(string column, double[] values, bool toTop, Wording w)
    {
        string span = toTop ? $"{w.Number(values[0])}+" : values.Length == 1 ? w.Number(values[0]) : $"{w.Number(values[0])}–{w.Number(values[^1])}";
        long last = (long)(toTop ? values[0] : values[^1]);
        return column switch
        {
            ClientSchema.Products => $"{span} {w.Plural(toTop ? 2 : last, "продукт", "продукта", "продуктов", "product", "products")}",
            ClientSchema.Equity => w.Say($"баллы собственности {span}", $"equity score {span}"),
            _ => $"{ColumnNames.Of(column, w).ToLowerInvariant()} {span}",
        };
    }

    /// <summary>A numeric column other than age: its median in this group, when it differs from the other group's by the ratio.</summary>
    private static (string, double)? NumericPart(NumericPortrait column, bool churned, Wording w)
    {
        NumericSummary? mine = churned ? column.Churned : column.Retained;
        NumericSummary? other = churned ? column.Retained : column.Churned;
        if (mine is null || other is null || mine.Median <= 0 || other.Median <= 0)
            return null;
        double ratio = mine.Median / other.Median;
        if (ratio < OverRepresented && ratio > 1 / OverRepresented)
            return null;
        string value = ColumnPhrases.IsMoney(column.Column) ? w.ReadableMoney(mine.Median) : w.Number(Math.Round(mine.Median));
        string name = ColumnNames.Of(column.Column, w).ToLowerInvariant();
        return (w.Say($"{name} около {value}", $"{name} about {value}"), Math.Max(ratio, 1 / ratio));
    }
}
