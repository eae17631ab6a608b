using System.Globalization;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// Builds the user-facing error for a bad rule or formula: who owns it, the text, the 1-based position,
/// what was found and what was expected, and how to fix it.
/// </summary>
internal sealed class RuleProblems(string text, string owner, SourceLocation location, string subject)
{
    public const string Functions = "coalesce, min, max, abs, quantile, median";

    public string Text { get; } = text;

    /// <summary>"rule" or "formula", as the user calls the thing being parsed.</summary>
    public string Subject { get; } = subject;

    /// <summary>An error at the 0-based index <paramref name="start"/> of the text.</summary>
    public InputException At(int start, string what, string fix)
    {
        string position = (start + 1).ToString(CultureInfo.InvariantCulture);
        // A question ("did you mean 'age'?") already ends the sentence.
        string end = what.EndsWith('?') ? "" : ".";
        string problem = $"{owner}: {Subject} \"{Around(start)}\" at position {position}: {what}{end}";
        return new InputException(ProblemKind.Usage, location, problem, fix);
    }

    /// <summary>The text, or for a long one (a machine-made rule) the 80 characters around <paramref name="start"/>, so the message stays readable.</summary>
    private string Around(int start)
    {
        const int Half = 40;
        if (Text.Length <= 2 * Half + 20)
            return Text;
        int from = Math.Clamp(start - Half, 0, Text.Length);
        int to = Math.Clamp(start + Half, from, Text.Length);
        return (from > 0 ? "…" : "") + Text[from..to] + (to < Text.Length ? "…" : "");
    }

    /// <summary>"expected X but found Y" / "expected X but the rule ends".</summary>
    public InputException Expected(Token found, string expected, string fix = "")
    {
        string what = found.Kind == TokenKind.End
            ? $"expected {expected} but the {Subject} ends"
            : $"expected {expected} but found {found.Describe()}";
        return At(found.Start, what, fix.Length == 0 ? ExampleFix() : fix);
    }

    public InputException UnknownColumn(Token name)
    {
        string nearest = Nearest(name.Raw, ClientSchema.Names);
        return At(
            name.Start,
            $"unknown column '{name.Raw}'; did you mean '{nearest}'?",
            $"Use one of the columns {string.Join(", ", ClientSchema.Names)} (lower case), and put text values in quotes ('Ж').");
    }

    public InputException UnknownFunction(Token name) => At(
        name.Start,
        $"unknown function '{name.Raw}'; did you mean '{Nearest(name.Raw.ToLowerInvariant(), Functions.Split(", "))}'?",
        $"Use one of the functions {Functions}.");

    public string ExampleFix() => Subject == "formula"
        ? "Write a number formula such as coalesce(balance, 0) * 0.03 + products * 1200."
        : "Write a condition such as gender == 'Ж' and age between 35 and 50.";

    /// <summary>The candidate with the smallest Levenshtein distance to <paramref name="word"/>, ties to the earlier one.</summary>
    internal static string Nearest(string word, IEnumerable<string> candidates)
    {
        string best = "";
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Levenshtein(word.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
