using System.Text.RegularExpressions;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Damages one rule or formula of a valid config: tokens deleted, inserted or duplicated, unknown columns, unbalanced parentheses, huge literals.</summary>
internal static partial class RuleMutator
{
    private static readonly string[] Vocabulary =
        ["and", "or", "not", "between", "in", "is", "missing", "(", ")", "[", "]", ",", "==", "!=", "<", ">=", "+", "-", "*", "/",
         "'Ж'", "'", "0", "1", "3.5", "age", "balance", "churn", "city", "quantile(", "coalesce(", "quantile(balance, 0.75)", "true", "null", "=", "!", "&&", "1e400", "'Ярославль'", "x"];
    private static readonly string[] Unknown = ["agee", "salary", "USERID", "foo", "Age", "balance_", "user_id", "Город", "_", "x1"];
    private static readonly string[] Huge = ["1e400", "1e308", "-1e308", "99999999999999999999999999", "-1e400", "1e-400", "0.0000000000000000000001", "340282366920938463463374607431768211456"];

    [GeneratedRegex("^(\\s*-?\\s*(?:rule|formula|metric|group_a: \\{ name: \"[^\"]*\", rule|group_b: \\{ name: \"[^\"]*\", rule)): \"([^\"]*)\"(.*)$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"'[^']*'|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|[A-Za-z_]+|==|!=|<=|>=|[()\[\],<>*/+\-]|\S")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[0-9]")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[a-z_]+$")]
    private static partial Regex Word();

    public static (string Config, string Description) Mutate(string valid, Random random)
    {
        var lines = valid.Split('\n').ToList();
        int[] rules = [.. Enumerable.Range(0, lines.Count).Where(i => RuleLine().IsMatch(lines[i]))];
        int line = rules[random.Next(rules.Length)];
        Match match = RuleLine().Match(lines[line]);
        var tokens = Token().Matches(match.Groups[2].Value).Select(m => m.Value).ToList();
        int count = 1 + random.Next(2);
        for (int i = 0; i < count; i++)
            MutateTokens(random, tokens);
        string rule = string.Join(' ', tokens);
        lines[line] = $"{match.Groups[1].Value}: \"{rule}\"{match.Groups[3].Value}";
        return (string.Join('\n', lines), $"line {line + 1}: '{match.Groups[2].Value}' → '{rule}'");
    }

    private static void MutateTokens(Random random, List<string> tokens)
    {
        int at = tokens.Count == 0 ? 0 : random.Next(tokens.Count);
        switch (random.Next(7))
        {
            case 0 when tokens.Count > 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(random.Next(tokens.Count + 1), Vocabulary[random.Next(Vocabulary.Length)]);
                break;
            case 2 when tokens.Count > 0:
                tokens.Insert(at, tokens[at]);
                break;
            case 3:
                int word = tokens.FindIndex(random.Next(Math.Max(1, tokens.Count)), t => Word().IsMatch(t) && t is not ("and" or "or" or "not" or "between" or "in" or "is" or "missing"));
                if (word >= 0) tokens[word] = Unknown[random.Next(Unknown.Length)];
                else tokens.Add(Unknown[random.Next(Unknown.Length)]);
                break;
            case 4:
                if (random.Next(2) == 0) tokens.Insert(random.Next(tokens.Count + 1), "(");
                else tokens.Add(")");
                break;
            default:
                int number = tokens.FindIndex(t => Number().IsMatch(t));
                string huge = Huge[random.Next(Huge.Length)];
                if (number >= 0) tokens[number] = huge;
                else tokens.Add(huge);
                break;
        }
    }
}
