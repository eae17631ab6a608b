using System.Text;

namespace BankChurn.IO.Excel;

/// <summary>
/// Makes tab names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either end, not "History",
/// unique ignoring case. Names come from templates and config, so they are repaired rather than refused.
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;
    private const string Forbidden = "[]:*?/\\";

    public static List<string> MakeValid(IEnumerable<string> names)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (string name in names)
        {
            string clean = Clean(name);
            if (clean.Length == 0)
                clean = $"Sheet{result.Count + 1}";
            string unique = clean;
            for (int n = 2; !used.Add(unique); n++)
            {
                string suffix = $" ({n})";
                unique = Cut(clean, MaxLength - suffix.Length).TrimEnd() + suffix;
            }

            result.Add(unique);
        }

        return result;
    }

    private static string Clean(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (char c in name)
            text.Append(Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? ' ' : c);
        string clean = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        clean = Cut(clean, MaxLength).Trim('\'', ' ');
        // "History" is reserved by Excel for change tracking.
        return clean.Equals("History", StringComparison.OrdinalIgnoreCase) ? clean + "_" : clean;
    }

    /// <summary>At most <paramref name="length"/> UTF-16 units, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
            return text;
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
