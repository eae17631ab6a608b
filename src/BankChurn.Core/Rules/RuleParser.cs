using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// Hand-written recursive descent over the tokens, type-checking as it goes and building compiled nodes directly.
/// Grammar, loosest first (keywords are case-insensitive):
/// <code>
/// or         := and ('or' and)*
/// and        := not ('and' not)*
/// not        := 'not' not | comparison
/// comparison := sum [ ('=='|'!='|'&lt;'|'&lt;='|'&gt;'|'&gt;=') sum | 'between' sum 'and' sum
///                   | ['not'] 'in' '[' item (',' item)* ']' | 'is' ['not'] 'missing' ]
/// sum        := product (('+'|'-') product)*
/// product    := unary (('*'|'/') unary)*
/// unary      := '-' unary | primary
/// primary    := number | 'text' | "text" | column | function '(' or (',' or)* ')' | '(' or ')'
/// </code>
/// One grammar serves rules and value formulas; types (condition, number, category column, text) decide what fits.
/// </summary>
internal sealed partial class RuleParser
{
    private readonly RuleProblems _problems;
    private readonly List<Token> _tokens;
    private readonly List<string> _columns = [];
    private int _next;

    private RuleParser(RuleProblems problems)
    {
        _problems = problems;
        _tokens = RuleLexer.Tokenize(problems);
    }

    private bool IsFormula => _problems.Subject == "formula";

    private Token Peek => _tokens[_next];

    private Token PeekAfter => _tokens[Math.Min(_next + 1, _tokens.Count - 1)];

    public static (IConditionNode Root, IReadOnlyList<string> Columns) ParseCondition(string text, string owner, SourceLocation location)
    {
        var parser = new RuleParser(new RuleProblems(text, owner, location, "rule"));
        Operand result = parser.ParseWhole();
        parser.RequireCondition(result, "as the rule");
        return (result.Condition!, parser._columns);
    }

    public static (INumberNode Root, IReadOnlyList<string> Columns) ParseNumber(string text, string owner, SourceLocation location)
    {
        var parser = new RuleParser(new RuleProblems(text, owner, location, "formula"));
        Operand result = parser.ParseWhole();
        parser.RequireNumber(result, "as the formula");
        return (result.Number!, parser._columns);
    }

    private Operand ParseWhole()
    {
        if (Peek.Kind == TokenKind.End)
            throw _problems.At(0, $"the {_problems.Subject} is empty", _problems.ExampleFix());
        Operand result = ParseOr();
        if (Peek.Kind == TokenKind.CloseParen)
            throw _problems.At(Peek.Start, "found ')' with no matching '('", "Remove the extra ')' or add the matching '('.");
        if (Peek.Kind != TokenKind.End)
            throw _problems.Expected(Peek, IsFormula ? "an operator (+ - * /) or the end of the formula" : "'and', 'or' or the end of the rule");
        return result;
    }

    private Token Take() => _tokens[_next++];

    private Token Expect(TokenKind kind, string expected, string fix = "")
    {
        if (Peek.Kind != kind)
            throw _problems.Expected(Peek, expected, fix);
        return Take();
    }

    private Operand Make(OperandKind kind, int start, int end) => new(kind, start, end, _problems.Text[start..end]);

    private Operand ParseOr()
    {
        Operand left = ParseAnd();
        while (Peek.Kind == TokenKind.Or)
        {
            Token op = Take();
            RequireCondition(left, $"before '{op.Raw}'");
            Operand right = ParseAnd();
            RequireCondition(right, $"after '{op.Raw}'");
            left = Make(OperandKind.Condition, left.Start, right.End) with { Condition = new OrNode(left.Condition!, right.Condition!) };
        }
        return left;
    }

    private Operand ParseAnd()
    {
        Operand left = ParseNot();
        while (Peek.Kind == TokenKind.And)
        {
            Token op = Take();
            RequireCondition(left, $"before '{op.Raw}'");
            Operand right = ParseNot();
            RequireCondition(right, $"after '{op.Raw}'");
            left = Make(OperandKind.Condition, left.Start, right.End) with { Condition = new AndNode(left.Condition!, right.Condition!) };
        }
        return left;
    }

    private Operand ParseNot()
    {
        if (Peek.Kind != TokenKind.Not)
            return ParseComparison();
        Token op = Take();
        Operand operand = ParseNot();
        RequireCondition(operand, $"after '{op.Raw}'");
        return Make(OperandKind.Condition, op.Start, operand.End) with { Condition = new NotNode(operand.Condition!) };
    }

    private void RequireCondition(Operand operand, string context)
    {
        if (operand.Kind == OperandKind.Condition)
            return;
        string fix = operand.Kind == OperandKind.Number
            ? $"Compare it with something, e.g. {operand.Text} > 0."
            : $"Compare it with something, e.g. gender == 'Ж'.";
        throw _problems.At(operand.Start, $"expected a condition {context} but found {operand.Describe()}", fix);
    }

    private void RequireNumber(Operand operand, string context)
    {
        if (operand.Kind == OperandKind.Number)
            return;
        string fix = operand.Kind switch
        {
            OperandKind.CategoryColumn => "Category columns (city, gender) compare only with quoted text using ==, !=, in or not in.",
            OperandKind.TextValue => "Quoted text goes only with the category columns city and gender; write numbers without quotes.",
            _ => "A condition is not a number; use it with and, or, not, or in a rule instead.",
        };
        throw _problems.At(operand.Start, $"expected a number {context} but found {operand.Describe()}", fix);
    }

    /// <summary>A column name, checked against the canonical schema (case-sensitive) and remembered for <c>Columns</c>.</summary>
    private Operand ParseColumn(Token name)
    {
        CanonicalColumn column = ClientSchema.Find(name.Raw) ?? throw _problems.UnknownColumn(name);
        if (!_columns.Contains(column.Name))
            _columns.Add(column.Name);
        return column.IsCategory
            ? Make(OperandKind.CategoryColumn, name.Start, name.End) with { Name = column.Name }
            : Make(OperandKind.Number, name.Start, name.End) with { Name = column.Name, Number = new ColumnNode(column.Name) };
    }
}
