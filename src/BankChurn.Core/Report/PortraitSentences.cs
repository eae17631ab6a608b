using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Report;

/// <summary>
/// The one-sentence portraits of a churning and a loyal client, worded from the traits the analysis chose
/// (<see cref="PortraitTraits"/>), each with the share of its group it describes: "Уходящий клиент: мужчина, 2+ продукта,
/// активный, баланс от 660 тыс. ₽ — таких 31 % ушедших и 9 % оставшихся". Ranges are worded as on the drivers slide.
/// This is the one place that words them, so a template can replace it.
/// </summary>
public sealed record PortraitSentences(string Churned, string Retained)
{
    /// <param name="maxTraits">How many traits to keep, the strongest first (for a slide title); all by default.</param>
    public static PortraitSentences Of(PortraitFindings portraits, Wording w, int maxTraits = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(portraits);
        ArgumentNullException.ThrowIfNull(w);
        return new PortraitSentences(
            Sentence(portraits.ChurnedPortrait, portraits.Churned, churned: true, w, maxTraits),
            Sentence(portraits.RetainedPortrait, portraits.Retained, churned: false, w, maxTraits));
    }

    private static string Sentence(Portrait portrait, int groupSize, bool churned, Wording w, int maxTraits)
    {
        string head = churned ? w.Say("Уходящий клиент", "Churning client") : w.Say("Лояльный клиент", "Loyal client");
        if (groupSize == 0)
            return churned ? w.Say($"{head}: в этом месяце никто не ушёл", $"{head}: nobody left this month") : w.Say($"{head}: все клиенты ушли", $"{head}: every client left");
        int k = Math.Min(maxTraits, portrait.Traits.Length);
        if (k == 0)
            return churned ? w.Say($"{head}: ни одна черта не отличает ушедших", $"{head}: no trait sets the churned apart")
                           : w.Say($"{head}: ни одна черта не отличает оставшихся", $"{head}: no trait sets the retained apart");

        // Gender and age make the subject ("мужчина 18–29 или 49–61 лет"); the other traits follow in column order.
        PortraitTrait[] kept = [.. portrait.Traits.Take(k)];
        PortraitTrait? gender = kept.FirstOrDefault(t => t.Column == ClientSchema.Gender && t.Levels.Length == 1);
        bool feminine = gender?.Levels[0].Label == "Ж";
        var subject = new List<string>();
        if (gender is not null)
            subject.Add(gender.Levels[0].Label switch { "М" => w.Say("мужчина", "a man"), "Ж" => w.Say("женщина", "a woman"), var other => other });
        if (kept.FirstOrDefault(t => t.Column == ClientSchema.Age && !t.Ranges.IsEmpty) is { } age)
            subject.Add(Ranges(age, w));
        string[] rest = [.. kept
            .Where(t => t != gender && !(t.Column == ClientSchema.Age && !t.Ranges.IsEmpty))
            .OrderBy(t => ClientSchema.Names.IndexOf(t.Column))
            .Select(t => t.Ranges.IsEmpty ? Levels(t, feminine, w) : Ranges(t, w))];
        string[] parts = [.. (subject.Count > 0 ? [string.Join(" ", subject)] : Array.Empty<string>()), .. rest];
        string fits = churned
            ? w.Say($"таких {w.Percent(portrait.FitShare(k), 0)} ушедших и {w.Percent(portrait.OtherShare(k), 0)} оставшихся",
                    $"{w.Percent(portrait.FitShare(k), 0)} of churned clients fit this, and {w.Percent(portrait.OtherShare(k), 0)} of retained ones")
            : w.Say($"таких {w.Percent(portrait.FitShare(k), 0)} оставшихся и {w.Percent(portrait.OtherShare(k), 0)} ушедших",
                    $"{w.Percent(portrait.FitShare(k), 0)} of retained clients fit this, and {w.Percent(portrait.OtherShare(k), 0)} of churned ones");
        return $"{head}: {string.Join(", ", parts)} — {fits}";
    }

    /// <summary>A range trait as the drivers slide words it: "18–29 или 49–61 лет", "баланс от 660 тыс. ₽".</summary>
    private static string Ranges(PortraitTrait trait, Wording w)
    {
        string[] spans = [.. trait.Ranges.Select(r => ColumnPhrases.Span(trait.Column, r.From, r.To, r.From <= trait.Smallest, r.To >= trait.Largest, w))];
        if (trait.Column == ClientSchema.Age)
        {
            // One unit at the end: "18–29 или 49–61 лет".
            string unit = w.Say(" лет", " years");
            string joined = string.Join(w.Say(" или ", " or "), spans.Select(s => s.EndsWith(unit, StringComparison.Ordinal) ? s[..^unit.Length] : s));
            return w.IsRussian ? joined + unit : "aged " + joined;
        }
        return $"{ColumnNames.Of(trait.Column, w).ToLowerInvariant()} {string.Join(w.Say(" или ", " or "), spans)}";
    }

    private static string Levels(PortraitTrait trait, bool feminine, Wording w)
    {
        if (trait.Levels.Any(l => l.Low is null))
            return trait.Column == ClientSchema.City
                ? w.Say($"город {trait.Levels[0].Label}", $"lives in {trait.Levels[0].Label}")
                : $"{ColumnNames.Of(trait.Column, w).ToLowerInvariant()} {string.Join(", ", trait.Levels.Select(l => l.Label))}";
        double[] values = [.. trait.Levels.Select(l => l.Low!.Value)];
        if (values.Length == 1)
        {
            string? binary = (trait.Column, values[0]) switch
            {
                (ClientSchema.LastActivity, 1) => w.Say(feminine ? "активная" : "активный", "active"),
                (ClientSchema.LastActivity, 0) => w.Say(feminine ? "неактивная" : "неактивный", "inactive"),
                (ClientSchema.CreditCard, 1) => w.Say("с кредитной картой", "has a credit card"),
                (ClientSchema.CreditCard, 0) => w.Say("без кредитной карты", "no credit card"),
                _ => null,
            };
            if (binary is not null)
                return binary;
        }
        string span = trait.ToTop ? $"{w.Number(values[0])}+" : values.Length == 1 ? w.Number(values[0]) : $"{w.Number(values[0])}–{w.Number(values[^1])}";
        long last = (long)(trait.ToTop ? values[0] : values[^1]);
        return trait.Column switch
        {
            ClientSchema.Products => $"{span} {w.Plural(trait.ToTop ? 2 : last, "продукт", "продукта", "продуктов", "product", "products")}",
            ClientSchema.Equity => w.Say($"баллы собственности {span}", $"equity score {span}"),
            _ => $"{ColumnNames.Of(trait.Column, w).ToLowerInvariant()} {span}",
        };
    }
}
