using System.Globalization;
using BankChurn.Core.Report;
using HandlebarsDotNet;

namespace BankChurn.IO.Narrative;

/// <summary>
/// The helpers templates format figures with, in the report's language. Each one delegates to <see cref="Wording"/>, the
/// formatter the workbook's notes and the key-figure cards use, so a figure reads the same everywhere. templates/README.md
/// documents them with examples.
/// </summary>
internal static class TemplateFormats
{
    public static void Register(IHandlebars engine, Wording w)
    {
        // {{number x}} "1 234,5"; {{number x 0}} rounded to whole units first.
        engine.RegisterHelper("number", (_, a) => a.Length > 1 ? w.Number(Math.Round(Number(a, 0, "number"), Digits(a, 1, "number"), MidpointRounding.AwayFromZero)) : w.Number(Number(a, 0, "number")));
        engine.RegisterHelper("integer", (_, a) => w.Integer((long)Math.Round(Number(a, 0, "integer"), MidpointRounding.AwayFromZero)));
        // {{percent rate}} "18,2 %" / "18.2%"; {{percent rate 0}} "18 %".
        engine.RegisterHelper("percent", (_, a) => w.Percent(Number(a, 0, "percent"), a.Length > 1 ? Digits(a, 1, "percent") : 1));
        engine.RegisterHelper("money", (_, a) => w.ReadableMoney(Number(a, 0, "money")));
        // {{change delta}} for a change of a share: "▲ +1,2 п. п.", "▼ −0,8 п. п.".
        engine.RegisterHelper("change", (_, a) => w.PointsChange(Number(a, 0, "change")));
        engine.RegisterHelper("times", (_, a) => w.Times(Number(a, 0, "times")));
        // {{ratio r}} "почти вдвое", "вдвое", "в 2,5 раза".
        engine.RegisterHelper("ratio", (_, a) => w.Ratio(Number(a, 0, "ratio")));
        engine.RegisterHelper("pvalue", (_, a) => w.PValue(Number(a, 0, "pvalue")));
        // {{plural n "клиент" "клиента" "клиентов"}} "5 клиентов"; {{plural n "client" "clients"}} in English.
        engine.RegisterHelper("plural", (_, a) => $"{w.Integer(Count(a))} {Noun(w, a)}");
        // {{noun n "клиент" "клиента" "клиентов"}} the word alone: "клиентов".
        engine.RegisterHelper("noun", (_, a) => Noun(w, a));
        // {{list words}} "a, b и c"; {{list words "или"}} "a, b или c".
        engine.RegisterHelper("list", (_, a) => w.List(Words(a), a.Length > 1 ? Text(a, 1, "list") : null));
        engine.RegisterHelper("capitalize", (_, a) => Capitalize(Text(a, 0, "capitalize")));
        engine.RegisterHelper("lower", (_, a) => Text(a, 0, "lower").ToLower(CultureInfo.GetCultureInfo(w.IsRussian ? "ru-RU" : "en-US")));
        // Comparisons for {{#if (gt x 0.2)}}.
        engine.RegisterHelper("gt", (_, a) => Number(a, 0, "gt") > Number(a, 1, "gt"));
        engine.RegisterHelper("lt", (_, a) => Number(a, 0, "lt") < Number(a, 1, "lt"));
        engine.RegisterHelper("eq", (_, a) => Equals(Arg(a, 0, "eq"), Arg(a, 1, "eq")) || (IsNumber(a[0]) && IsNumber(a[1]) && Number(a, 0, "eq") == Number(a, 1, "eq")));
    }

    private static string Noun(Wording w, Arguments a)
    {
        long n = Count(a);
        return a.Length switch
        {
            // Three forms are Russian (one, few, many); two are English (one, many).
            4 => w.IsRussian ? w.Plural(n, Text(a, 1, "plural"), Text(a, 2, "plural"), Text(a, 3, "plural"), "", "") : Text(a, n == 1 ? 1 : 3, "plural"),
            3 => n == 1 ? Text(a, 1, "plural") : Text(a, 2, "plural"),
            _ => throw new HandlebarsRuntimeException("plural needs a number and two (English) or three (Russian) word forms, e.g. {{plural n \"клиент\" \"клиента\" \"клиентов\"}}."),
        };
    }

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static object Arg(Arguments a, int index, string helper) =>
        index < a.Length && a[index] is { } value ? value : throw new HandlebarsRuntimeException($"{helper} needs an argument at position {index + 1}.");

    private static bool IsNumber(object? value) => value is double or float or decimal or int or long or short or byte;

    private static double Number(Arguments a, int index, string helper)
    {
        object value = Arg(a, index, helper);
        if (IsNumber(value))
            return Convert.ToDouble(value, CultureInfo.InvariantCulture);
        throw new HandlebarsRuntimeException($"{helper} needs a number, but got '{value}' (use the raw variable, not its _text form).");
    }

    private static int Digits(Arguments a, int index, string helper) => (int)Math.Clamp(Number(a, index, helper), 0, 6);

    private static long Count(Arguments a) => (long)Math.Round(Number(a, 0, "plural"), MidpointRounding.AwayFromZero);

    private static string Text(Arguments a, int index, string helper) => Convert.ToString(Arg(a, index, helper), CultureInfo.InvariantCulture) ?? "";

    private static List<string> Words(Arguments a) => Arg(a, 0, "list") switch
    {
        string single => [single],
        System.Collections.IEnumerable many => [.. many.Cast<object?>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "")],
        var other => throw new HandlebarsRuntimeException($"list needs a list of words, but got '{other}'."),
    };
}
