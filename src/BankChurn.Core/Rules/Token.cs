namespace BankChurn.Core.Rules;

/// <summary>
/// One token: its kind, the source text it covers (<see cref="Start"/> is 0-based, messages add 1),
/// the parsed number for <see cref="TokenKind.Number"/> and the unquoted content for <see cref="TokenKind.Text"/>.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Source, double Number = 0, string Content = "")
{
    public int End => Start + Length;

    public string Raw => Source.Substring(Start, Length);

    /// <summary>How the token reads in a message: "the rule ends" is handled by the caller; everything else is quoted.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end",
        TokenKind.Number => $"the number {Raw}",
        TokenKind.Text => $"the text {Raw}",
        TokenKind.Identifier => $"'{Raw}'",
        _ => $"'{Raw}'",
    };
}
