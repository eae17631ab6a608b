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

    /// <summary>
    /// Deeper than this many operations (parentheses, not, minus, function calls, or a chain of and/or/+/-/*// terms) a
    /// rule or formula is refused: parsing and evaluating recurse once per level, and a machine-made rule thousands of
    /// levels deep would overflow the stack instead of getting a message. Hand-written rules stay far below it.
    /// </summary>
    public const int MaxDepth = 200;

    /// <summary>True once the text was refused for being deeper than <see cref="MaxDepth"/>.</summary>
    private bool _tooDeep;
    private int _nesting;

    /// <summary>A piece built from <paramref name="parts"/>, one level deeper than the deepest of them.</summary>
    private Operand Make(OperandKind kind, int start, int end, Operand first, Operand? second = null) =>
        Make(kind, start, end) with { Depth = Checked(Math.Max(first.Depth, second?.Depth ?? 0) + 1, start) };

    private int Checked(int depth, int start)
    {
        if (depth <= MaxDepth)
            return depth;
        _tooDeep = true;
        throw _problems.At(start, $"the {_problems.Subject} is nested more than {MaxDepth} levels deep (parentheses, not, minus, function calls or a chain of more than {MaxDepth} terms)",
            "Split it into simpler parts; for a long list of alternatives use in [...].");
    }

    /// <summary>Guards the parser's own recursion (each '(' , 'not', '-' and function call goes one level down).</summary>
    private void Enter(int start)
    {
        _nesting++;
        Checked(_nesting, start);
    }

    /// <summary>True when <paramref name="text"/> is refused for nesting deeper than <see cref="MaxDepth"/>, whatever else is wrong with it.</summary>
    public static bool IsTooDeep(string text, string subject)
    {
        var parser = new RuleParser(new RuleProblems(text, "", new SourceLocation(""), subject));
        try
        {
            parser.ParseWhole();
            return false;
        }
        catch (InputException)
        {
            return parser._tooDeep;
        }
    }

    private Operand ParseOr()
    {
        Enter(Peek.Start);
        try
        {
            return ParseOrChain();
        }
        finally
        {
            _nesting--;
        }
    }

    private Operand ParseOrChain()
    {
        Operand left = ParseAnd();
        while (Peek.Kind == TokenKind.Or)
        {
            Token op = Take();
            RequireCondition(left, $"before '{op.Raw}'");
            Operand right = ParseAnd();
            RequireCondition(right, $"after '{op.Raw}'");
            left = Make(OperandKind.Condition, left.Start, right.End, left, right) with { Condition = new OrNode(left.Condition!, right.Condition!) };
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
            left = Make(OperandKind.Condition, left.Start, right.End, left, right) with { Condition = new AndNode(left.Condition!, right.Condition!) };
        }
        return left;
    }

    private Operand ParseNot()
    {
        if (Peek.Kind != TokenKind.Not)
            return ParseComparison();
        Token op = Take();
        Enter(op.Start);
        Operand operand = ParseNot();
        _nesting--;
        RequireCondition(operand, $"after '{op.Raw}'");
        return Make(OperandKind.Condition, op.Start, operand.End, operand) with { Condition = new NotNode(operand.Condition!) };
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
