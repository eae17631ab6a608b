using System.Collections.Immutable;

namespace BankChurn.Core.Report.Narrative;

/// <summary>
/// The variables a slide template can use: a plain tree of dictionaries, lists, strings, numbers and flags that any
/// template engine binds to. Every figure is there twice: raw under its name (a fraction 0..1, a count, roubles) for
/// comparisons and helpers, and formatted in the report's language under <c>name_text</c> ("18,2 %"), with
/// <see cref="Wording"/>'s formats so the deck's numbers match the workbook's. templates/README.md lists them all.
/// </summary>
public sealed class ViewModel
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public ViewModel(Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        Wording = wording;
    }

    public Wording Wording { get; }

    /// <summary>The variables by name; nested models appear as dictionaries, lists as arrays.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    public object? this[string name] => _values[name];

    /// <summary>A whole number and its grouped form: <c>clients</c> = 9 812, <c>clients_text</c> = "9 812".</summary>
    public ViewModel Count(string name, long value) => Set(name, value, Wording.Integer(value));

    /// <summary>A fraction 0..1 and its percentage: <c>rate</c> = 0.182, <c>rate_text</c> = "18,2 %".</summary>
    public ViewModel Share(string name, double fraction) => Set(name, Finite(fraction), Wording.Percent(Finite(fraction)));

    /// <summary>Roubles and their readable form: <c>lost</c> = 1 234 567, <c>lost_text</c> = "1,2 млн ₽".</summary>
    public ViewModel Money(string name, double rubles) => Set(name, Finite(rubles), Wording.ReadableMoney(Finite(rubles)));

    /// <summary>A plain number with up to two decimals: <c>ratio</c> = 1.87, <c>ratio_text</c> = "1,87".</summary>
    public ViewModel Number(string name, double value) => Set(name, Finite(value), Wording.Number(Finite(value)));

    /// <summary>A p-value and its reading: <c>p</c> = 0.0004, <c>p_text</c> = "p &lt; 0,001".</summary>
    public ViewModel PValue(string name, double p) => Set(name, Finite(p), Wording.PValue(Finite(p)));

    /// <summary>Text already in the report's language (a name, a level, a rule), or null when there is none.</summary>
    public ViewModel Text(string name, string? value)
    {
        _values[name] = value;
        return this;
    }

    public ViewModel Flag(string name, bool value)
    {
        _values[name] = value;
        return this;
    }

    /// <summary>A nested object (<c>{{top.name}}</c>), or null when there is none, so that <c>{{#if top}}</c> can test for it.</summary>
    public ViewModel Child(string name, ViewModel? child)
    {
        _values[name] = child?._values;
        return this;
    }

    /// <summary>A list of objects for <c>{{#each}}</c>; <c>name_count</c> holds its length.</summary>
    public ViewModel List(string name, IEnumerable<ViewModel> items)
    {
        ImmutableArray<IReadOnlyDictionary<string, object?>> list = [.. items.Select(i => (IReadOnlyDictionary<string, object?>)i._values)];
        _values[name] = list.ToArray();
        _values[name + "_count"] = (long)list.Length;
        return this;
    }

    /// <summary>A list of words for <c>{{list name}}</c> or <c>{{#each}}</c>; <c>name_count</c> holds its length.</summary>
    public ViewModel Words(string name, IEnumerable<string> words)
    {
        string[] list = [.. words];
        _values[name] = list;
        _values[name + "_count"] = (long)list.Length;
        return this;
    }

    /// <summary>A new model in the same language, for a nested object or a list item.</summary>
    public ViewModel New() => new(Wording);

    private ViewModel Set(string name, object raw, string text)
    {
        _values[name] = raw;
        _values[name + "_text"] = text;
        return this;
    }

    // NaN or infinity must never reach a slide; a figure that cannot be computed shows as 0 (the slide's flags say why).
    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
