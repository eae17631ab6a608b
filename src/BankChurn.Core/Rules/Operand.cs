namespace BankChurn.Core.Rules;

/// <summary>What a parsed piece of a rule is, which decides where it may be used.</summary>
internal enum OperandKind
{
    /// <summary>A condition: a comparison, <c>is missing</c>, or conditions combined with and/or/not.</summary>
    Condition,

    /// <summary>A number: a numeric column, a literal or arithmetic.</summary>
    Number,

    /// <summary>A category column (city, gender), usable only with ==, !=, in, not in and is missing.</summary>
    CategoryColumn,

    /// <summary>A quoted text value, usable only against a category column.</summary>
    TextValue,
}

/// <summary>
/// A parsed, type-checked piece of a rule with its span in the source (0-based, end exclusive), so that type
/// errors can point at the operand and quote it.
/// </summary>
internal sealed record Operand(OperandKind Kind, int Start, int End, string Text)
{
    public IConditionNode? Condition { get; init; }

    public INumberNode? Number { get; init; }

    /// <summary>How many operations deep the piece is (a column or literal is 0): bounds the stack its evaluation needs.</summary>
    public int Depth { get; init; }

    /// <summary>The column name for a column operand, the unquoted value for a text value, else empty.</summary>
    public string Name { get; init; } = "";

    public string Describe() => Kind switch
    {
        OperandKind.Condition => $"the condition '{Text}'",
        OperandKind.Number when Name.Length > 0 => $"the numeric column '{Name}'",
        OperandKind.Number when Number?.Constant is not null => $"the number {Text}",
        OperandKind.Number => $"the number expression '{Text}'",
        OperandKind.CategoryColumn => $"the category column '{Name}'",
        _ => $"the text {Text}",
    };
}
