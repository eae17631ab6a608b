namespace BankChurn.Core.Rules;

/// <summary>The kinds of token in a rule or value formula.</summary>
internal enum TokenKind
{
    End,
    Number,
    Text,
    Identifier,

    // Keywords, recognised case-insensitively.
    And,
    Or,
    Not,
    Between,
    In,
    Is,
    Missing,

    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
}
