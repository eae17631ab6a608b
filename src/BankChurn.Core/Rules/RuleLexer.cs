using System.Globalization;

namespace BankChurn.Core.Rules;

/// <summary>Splits a rule or formula into tokens; a character that cannot start a token is reported at its position.</summary>
internal static class RuleLexer
{
    public static List<Token> Tokenize(RuleProblems problems)
    {
        string text = problems.Text;
        var tokens = new List<Token>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                break;
            char c = text[i];
            int start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                tokens.Add(ReadNumber(text, ref i, problems));
            else if (c is '\'' or '"')
                tokens.Add(ReadText(text, ref i, problems));
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                    i++;
                tokens.Add(new Token(KeywordOrIdentifier(text[start..i]), start, i - start, text));
            }
            else
            {
                (TokenKind kind, int length) = ReadOperator(text, i, problems);
                tokens.Add(new Token(kind, start, length, text));
                i += length;
            }
        }
        // The end token sits just after the last non-blank character, so "the rule ends" points there.
        tokens.Add(new Token(TokenKind.End, text.TrimEnd().Length, 0, text));
        return tokens;
    }

    private static TokenKind KeywordOrIdentifier(string word) => word.ToLowerInvariant() switch
    {
        "and" => TokenKind.And,
        "or" => TokenKind.Or,
        "not" => TokenKind.Not,
        "between" => TokenKind.Between,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "missing" => TokenKind.Missing,
        _ => TokenKind.Identifier,
    };

    /// <summary>Digits with single underscores between them (1_000_000), an optional fraction and exponent.</summary>
    private static Token ReadNumber(string text, ref int i, RuleProblems problems)
    {
        int start = i;
        bool ok = ReadDigits(text, ref i, required: text[i] != '.');
        if (ok && i < text.Length && text[i] == '.')
        {
            i++;
            ok = ReadDigits(text, ref i, required: true);
        }
        if (ok && i < text.Length && (text[i] is 'e' or 'E'))
        {
            i++;
            if (i < text.Length && (text[i] is '+' or '-'))
                i++;
            ok = ReadDigits(text, ref i, required: true);
        }
        // Swallow the rest of a word glued to the number ("1e", "30abc", "1__0") so the message quotes all of it.
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            ok = false;
            i++;
        }
        string raw = text[start..i];
        if (!ok || !double.TryParse(raw.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value))
        {
            throw problems.At(start, $"'{raw}' is not a number",
                "Write numbers with a decimal point and optional underscores between digits: 80000, 0.5, 1e6, 1_000_000.");
        }
        return new Token(TokenKind.Number, start, i - start, text, Number: value);
    }

    private static bool ReadDigits(string text, ref int i, bool required)
    {
        int start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '_' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            i++;
        return !required || i > start;
    }

    private static Token ReadText(string text, ref int i, RuleProblems problems)
    {
        int start = i;
        char quote = text[i];
        int close = text.IndexOf(quote, start + 1);
        if (close < 0)
        {
            throw problems.At(start, $"the text starting with {quote} is not closed: expected a closing {quote} but the {problems.Subject} ends",
                $"Close the text with {quote}, e.g. city == {quote}Ярославль{quote}.");
        }
        i = close + 1;
        return new Token(TokenKind.Text, start, i - start, text, Content: text[(start + 1)..close]);
    }

    private static (TokenKind Kind, int Length) ReadOperator(string text, int i, RuleProblems problems)
    {
        char c = text[i];
        char next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case '=' when next == '=': return (TokenKind.Equal, 2);
            case '!' when next == '=': return (TokenKind.NotEqual, 2);
            case '<' when next == '=': return (TokenKind.LessOrEqual, 2);
            case '>' when next == '=': return (TokenKind.GreaterOrEqual, 2);
            case '<' when next == '>': throw problems.At(i, "found '<>'", "Write != for 'not equal'.");
            case '<': return (TokenKind.Less, 1);
            case '>': return (TokenKind.Greater, 1);
            case '+': return (TokenKind.Plus, 1);
            case '-': return (TokenKind.Minus, 1);
            case '*': return (TokenKind.Star, 1);
            case '/': return (TokenKind.Slash, 1);
            case '(': return (TokenKind.OpenParen, 1);
            case ')': return (TokenKind.CloseParen, 1);
            case '[': return (TokenKind.OpenBracket, 1);
            case ']': return (TokenKind.CloseBracket, 1);
            case ',': return (TokenKind.Comma, 1);
            case '=': throw problems.At(i, "found '=' where a comparison was expected", "Write == to compare, e.g. gender == 'Ж'.");
            case '&': throw problems.At(i, "found '&'", "Write 'and' to combine conditions.");
            case '|': throw problems.At(i, "found '|'", "Write 'or' to combine conditions.");
            case '!': throw problems.At(i, "found '!'", "Write 'not' to negate a condition, or != for 'not equal'.");
            default:
                throw problems.At(i, $"unexpected character '{c}'",
                    "Rules use column names, numbers, quoted text, == != < <= > >= + - * / ( ) [ ] , and the words and, or, not, between, in, is missing.");
        }
    }
}
