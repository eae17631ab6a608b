using System.Globalization;
using System.Text.RegularExpressions;

namespace BankChurn.IO.Config;

/// <summary>
/// Turns one text value of the DTO into its typed setting, or records what is wrong with it (key path, line,
/// column, what is allowed) and returns the default so the remaining values are still checked in the same run.
/// A null value means "not set": the default applies.
/// </summary>
internal sealed partial class ConfigValueReader(ConfigLocations locations, ConfigProblems problems)
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd' 'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>Text; blank text is refused unless <paramref name="allowEmpty"/>, because a blank bank name or header is always a slip.</summary>
    public string Text(string? raw, string path, string fallback, bool allowEmpty = false, int maxLength = int.MaxValue)
    {
        if (raw is null)
            return fallback;
        if (raw.Length > maxLength)
        {
            Bad(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the text is {raw.Length} characters long, more than the {maxLength} it may have."),
                "Shorten it: it is printed on every slide.");
            return fallback;
        }
        if (!allowEmpty && string.IsNullOrWhiteSpace(raw))
        {
            Bad(path, "the value is blank.", "Write the text, or remove the line to use the default.");
            return fallback;
        }

        return raw;
    }

    /// <summary>One of a fixed set of words, compared case-insensitively (some spellings are aliases of the same value).</summary>
    public T Choice<T>(string? raw, string path, T fallback, IReadOnlyDictionary<string, T> options, string allowed)
    {
        if (raw is null)
            return fallback;
        // Untrimmed first: a tab is itself one of the separators.
        foreach (string candidate in new[] { raw, raw.Trim() })
        {
            foreach ((string name, T value) in options)
            {
                if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase))
                    return value;
            }
        }

        Bad(path, $"'{Visible(raw)}' is not allowed here.", $"Use {allowed}.");
        return fallback;
    }

    public int WholeNumber(string? raw, string path, int fallback, int min, string example)
    {
        if (raw is null)
            return fallback;
        string range = min == int.MinValue ? "a whole number" : $"a whole number of {min} or more";
        if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            Bad(path, $"'{raw}' is not a whole number.", $"Write {range}, e.g. {example}.");
            return fallback;
        }

        if (number < min)
        {
            Bad(path, $"{number} is too small.", $"Write {range}, e.g. {example}.");
            return fallback;
        }

        return number;
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int WholeNumberBetween(string? raw, string path, int fallback, int min, int max, string example)
    {
        if (raw is null)
            return fallback;
        string range = $"a whole number from {min} to {max}";
        if (!int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            Bad(path, $"'{raw}' is not a whole number.", $"Write {range}, e.g. {example}.");
            return fallback;
        }

        if (number < min || number > max)
        {
            Bad(path, $"{number} is out of range.", $"Write {range}, e.g. {example}.");
            return fallback;
        }

        return number;
    }

    /// <summary>A number strictly between <paramref name="above"/> and <paramref name="below"/>, written with a decimal point.</summary>
    public double NumberBetween(string? raw, string path, double fallback, double above, double below, string example) =>
        Number(raw, path, fallback, example, string.Create(CultureInfo.InvariantCulture, $"a number above {above} and below {below}"),
            n => n > above && n < below);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included, written with a decimal point.</summary>
    public double NumberFrom(string? raw, string path, double fallback, double min, double max, string example) =>
        Number(raw, path, fallback, example, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max:0.##}"),
            n => n >= min && n <= max);

    private double Number(string? raw, string path, double fallback, string example, string range, Func<double, bool> inRange)
    {
        if (raw is null)
            return fallback;
        if (!double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
        {
            Bad(path, $"'{raw}' is not a number.", $"Write {range} with a decimal point, e.g. {example}.");
            return fallback;
        }

        if (!inRange(number))
        {
            Bad(path, string.Create(CultureInfo.InvariantCulture, $"{number} is out of range."), $"Write {range}, e.g. {example}.");
            return fallback;
        }

        return number;
    }

    /// <summary>A reporting month, yyyy-MM.</summary>
    public string Month(string? raw, string path, string fallback)
    {
        if (raw is null)
            return fallback;
        if (!MonthPattern().IsMatch(raw.Trim()))
        {
            Bad(path, $"'{raw}' is not a month as yyyy-MM.", "Write the year, a hyphen and the month 01–12, e.g. 2026-10, or null for the last closed month.");
            return fallback;
        }

        return raw.Trim();
    }

    /// <summary>An ISO 8601 date or timestamp; without an offset it is taken as UTC so reruns on any machine agree.</summary>
    public DateTimeOffset Timestamp(string? raw, string path, DateTimeOffset fallback)
    {
        if (raw is null)
            return fallback;
        if (DateTimeOffset.TryParseExact(raw.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value))
            return value;
        Bad(path, $"'{raw}' is not an ISO 8601 timestamp.", "Write e.g. 2026-05-01T09:00:00+03:00 or 2026-05-01, or null to use the time of the run.");
        return fallback;
    }

    /// <summary>A colour as #RRGGBB, returned in upper case.</summary>
    public string Colour(string? raw, string path, string fallback)
    {
        if (raw is null)
            return fallback;
        if (!ColourPattern().IsMatch(raw.Trim()))
        {
            Bad(path, $"'{raw}' is not a colour as #RRGGBB.", "Write '#' and six hexadecimal digits in quotes, e.g. \"#1F4E79\".");
            return fallback;
        }

        return raw.Trim().ToUpperInvariant();
    }

    /// <summary>A file or folder path; a relative one is taken from the config file's folder, so the run does not depend on the current directory.</summary>
    public string? FilePath(string? raw, string path, string? fallback, string folder)
    {
        string? chosen = raw ?? fallback;
        if (chosen is null)
            return null;
        if (string.IsNullOrWhiteSpace(chosen))
        {
            Bad(path, "the path is blank.", "Write a path, relative to the config file's folder or absolute.");
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(folder, chosen));
        }
        catch (ArgumentException)
        {
            Bad(path, $"'{Visible(chosen)}' is not a valid path.", "Write a path, relative to the config file's folder or absolute.");
            return null;
        }
    }

    public void Bad(string path, string problem, string fix) => problems.Add(locations.At(path), problem, fix);

    /// <summary>Shows a tab as \t so "separator: '|'" and a stray tab read differently in the message.</summary>
    private static string Visible(string raw) => raw.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}
