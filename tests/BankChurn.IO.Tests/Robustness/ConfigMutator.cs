using System.Text.RegularExpressions;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Damages a valid report.config.yaml: keys deleted or misspelt, values of the wrong type or out of range, broken YAML, garbage brand colours.</summary>
internal static partial class ConfigMutator
{
    private static readonly string[] WrongValues =
        ["[1, 2]", "{a: 1}", "abc", "-1", "0", "1e400", "-1e400", "99999999999999999999", "\"\"", "null", "true", "-0.5", "2.5", "~", "'#ZZZZZZ'", "1e308", ".nan", ".inf", "-.inf", "0x10", "\"фу\"", "[]", "{}", "2026-13"];
    private static readonly string[] OutOfRange = ["-5", "0", "1", "1000000", "1e9", "0.0000001", "2", "-1e308", "2147483648", "1.5"];
    private static readonly string[] Colours = ["\"#GGGGGG\"", "red", "\"#12345\"", "\"#1F4E79FF\"", "\"\"", "123456", "\"#1f4e7\"", "\"rgb(1,2,3)\"", "\"#\"", "[1, 2, 3]", "\"#-1-1-1\"", "\"  #1F4E79  \"", "\"#１２３４５６\""];
    private static readonly string[] BrokenLines = ["\"", "[", "{", "\tkey: 1", "key: : value", "- dangling", "  &anchor", "*alias", "!!binary |", "]", "key: [1, 2", "key: \"unterminated", "? complex", "%YAML 9.9", "---", "...", "@reserved", "`backtick"];

    private delegate string Mutation(Random random, List<string> lines);

    private static readonly Mutation[] Mutations =
        [DeleteKey, RenameKey, WrongType, WrongType, OutOfRangeNumber, OutOfRangeNumber, BreakSyntax, Reindent, BrandColour, DropListItem];

    public static (string Config, string Description) Mutate(string valid, Random random)
    {
        var lines = valid.Split('\n').ToList();
        int count = 1 + random.Next(2);
        var done = new List<string>(count);
        for (int i = 0; i < count; i++)
            done.Add(Mutations[random.Next(Mutations.Length)](random, lines));
        return (string.Join('\n', lines), string.Join("; ", done));
    }

    [GeneratedRegex(@"^(\s*-?\s*)([a-z_]+):(\s*)(.*)$")]
    private static partial Regex KeyLine();

    private static int RandomKeyLine(Random random, List<string> lines, bool withValue)
    {
        int[] candidates = [.. Enumerable.Range(0, lines.Count).Where(i =>
        {
            Match m = KeyLine().Match(lines[i]);
            return m.Success && (!withValue || m.Groups[4].Value.Trim().Length > 0);
        })];
        return candidates[random.Next(candidates.Length)];
    }

    private static string DeleteKey(Random random, List<string> lines)
    {
        int i = RandomKeyLine(random, lines, withValue: random.Next(3) != 0);
        string removed = lines[i].Trim();
        lines.RemoveAt(i);
        return $"line '{removed}' deleted";
    }

    private static string RenameKey(Random random, List<string> lines)
    {
        int i = RandomKeyLine(random, lines, withValue: false);
        Match m = KeyLine().Match(lines[i]);
        string key = m.Groups[2].Value;
        string renamed = random.Next(3) switch
        {
            0 => key + "x",
            1 => key.Length > 2 ? key.Remove(random.Next(key.Length), 1) : key + key,
            _ => key.ToUpperInvariant(),
        };
        lines[i] = m.Groups[1].Value + renamed + ":" + m.Groups[3].Value + m.Groups[4].Value;
        return $"key {key} renamed to {renamed}";
    }

    private static string SetValue(Random random, List<string> lines, string value, bool numericOnly = false)
    {
        int[] candidates = [.. Enumerable.Range(0, lines.Count).Where(i =>
        {
            Match m = KeyLine().Match(lines[i]);
            return m.Success && m.Groups[4].Value.Trim().Length > 0
                && (!numericOnly || NumberValue().IsMatch(m.Groups[4].Value));
        })];
        int line = candidates[random.Next(candidates.Length)];
        Match match = KeyLine().Match(lines[line]);
        lines[line] = match.Groups[1].Value + match.Groups[2].Value + ": " + value;
        return $"{match.Groups[2].Value} set to {value}";
    }

    [GeneratedRegex(@"^\s*-?[0-9.]+\s*(#.*)?$")]
    private static partial Regex NumberValue();

    private static string WrongType(Random random, List<string> lines) => SetValue(random, lines, WrongValues[random.Next(WrongValues.Length)]);

    private static string OutOfRangeNumber(Random random, List<string> lines) =>
        SetValue(random, lines, OutOfRange[random.Next(OutOfRange.Length)], numericOnly: true);

    private static string BreakSyntax(Random random, List<string> lines)
    {
        int at = random.Next(lines.Count + 1);
        string broken = BrokenLines[random.Next(BrokenLines.Length)];
        if (random.Next(2) == 0 && at < lines.Count)
            lines[at] += " " + broken;
        else
            lines.Insert(at, new string(' ', random.Next(5)) + broken);
        return $"'{broken}' put at line {at + 1}";
    }

    private static string Reindent(Random random, List<string> lines)
    {
        int i = RandomKeyLine(random, lines, withValue: false);
        lines[i] = random.Next(2) == 0 ? " " + lines[i] : lines[i].TrimStart();
        return $"line {i + 1} re-indented";
    }

    private static string BrandColour(Random random, List<string> lines)
    {
        int i = lines.FindIndex(l => l.TrimStart().StartsWith("brand_color:", StringComparison.Ordinal));
        string colour = Colours[random.Next(Colours.Length)];
        lines[i] = "  brand_color: " + colour;
        return $"brand_color set to {colour}";
    }

    private static string DropListItem(Random random, List<string> lines)
    {
        int[] items = [.. Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal))];
        int i = items[random.Next(items.Length)];
        string removed = lines[i].Trim();
        lines.RemoveAt(i);
        return $"list item '{removed}' deleted";
    }
}
