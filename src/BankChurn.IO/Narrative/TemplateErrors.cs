using System.Globalization;
using System.Text.RegularExpressions;
using BankChurn.Core;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace BankChurn.IO.Narrative;

/// <summary>
/// Turns Handlebars' exceptions into <see cref="InputException"/>s naming the template file and line. Handlebars gives a
/// position only for lexer errors, so unbalanced blocks and unknown variables are located here, in the template's source.
/// </summary>
internal static partial class TemplateErrors
{
    private const string Fix = "Fix the template; templates/README.md lists the variables and helpers each template can use.";

    public static InputException Syntax(string path, string source, Exception problem)
    {
        if (problem is not HandlebarsException)
        {
            // The parser's own message ("Sequence contains no elements") says nothing to a template author.
            Match bare = BareBlock().Match(source);
            int? at = bare.Success ? Line(source, bare.Index) : UnclosedMustacheLine(source) ?? UnbalancedBlockLine(source);
            string what = bare.Success ? $"'{bare.Value}' opens a block without the value it tests or loops over" : "a block tag is malformed";
            return new InputException(ProblemKind.Usage, new SourceLocation(path, at), $"template syntax error: {what}.", Fix);
        }

        string message = FirstLine(problem.Message);
        // An unclosed mustache runs on into later lines before the lexer stops, so its own line is the one to name.
        int? line = UnclosedMustacheLine(source) ?? ParserLine(problem.Message) ?? UnbalancedBlockLine(source);
        return new InputException(ProblemKind.Usage, new SourceLocation(path, line), $"template syntax error: {message}.", Fix);
    }

    public static InputException Rendering(string path, string source, Exception problem)
    {
        if (problem is HandlebarsUndefinedBindingException missing)
        {
            return new InputException(ProblemKind.Usage, new SourceLocation(path, LineOf(source, missing.Path)),
                $"'{missing.Path}' is not a variable or helper of this template.", Fix);
        }

        return new InputException(ProblemKind.Usage, new SourceLocation(path), $"the template could not be rendered: {FirstLine(problem.Message).TrimEnd('.')}.", Fix);
    }

    /// <summary>A block opened with nothing to test or loop over: "{{#if}}", "{{#each }}".</summary>
    [GeneratedRegex(@"\{\{#\w+\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex BareBlock();

    /// <summary>The 1-based line of the first mustache that mentions <paramref name="name"/> as a whole path, or null.</summary>
    internal static int? LineOf(string source, string name)
    {
        var pattern = new Regex(@"\{\{[^}]*?(?<![\w.@])" + Regex.Escape(name) + @"(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        Match match = pattern.Match(source);
        return match.Success ? Line(source, match.Index) : null;
    }

    /// <summary>The line of a "{{" that is never closed by "}}" before the next "{{" or the end, or null.</summary>
    internal static int? UnclosedMustacheLine(string source)
    {
        for (int open = source.IndexOf("{{", StringComparison.Ordinal); open >= 0;)
        {
            int close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            int next = source.IndexOf("{{", open + 2, StringComparison.Ordinal);
            // "{{{raw}}}" starts with two "{{" one character apart; that is one mustache, not two.
            if (next == open + 1)
                next = source.IndexOf("{{", open + 3, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
                return Line(source, open);
            open = next;
        }

        return null;
    }

    /// <summary>Where blocks do not pair up: a closing tag without its opening one, or else the innermost block left open.</summary>
    internal static int? UnbalancedBlockLine(string source)
    {
        var open = new Stack<(string Name, int Line)>();
        foreach (Match tag in BlockTag().Matches(source))
        {
            string name = tag.Groups["name"].Value;
            if (tag.Groups["mark"].Value != "/")
            {
                open.Push((name, Line(source, tag.Index)));
                continue;
            }

            if (open.Count == 0 || open.Peek().Name != name)
                return Line(source, tag.Index);
            open.Pop();
        }

        return open.Count > 0 ? open.Peek().Line : null;
    }

    // The lexer reports "Occured at: 1:9" with a 0-based line.
    private static int? ParserLine(string message)
    {
        Match at = ParserPosition().Match(message);
        return at.Success ? int.Parse(at.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture) + 1 : null;
    }

    private static int Line(string source, int index) => 1 + source.AsSpan(0, index).Count('\n');

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');

    [GeneratedRegex(@"\{\{~?(?<mark>[#^/])\s*(?<name>[\w-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"Occured at: (?<line>\d+):(?<column>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ParserPosition();
}
