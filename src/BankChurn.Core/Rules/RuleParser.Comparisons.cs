namespace BankChurn.Core.Rules;

/// <summary>Comparisons, between, in and is missing, with their type checks.</summary>
internal sealed partial class RuleParser
{
    private const string CategoryFix = "A category column compares only with quoted text using ==, !=, in or not in, e.g. gender == 'Ж' or city in ['Ярославль', 'Рыбинск'].";

    private Operand ParseComparison()
    {
        Operand left = ParseSum();
        Token op = Peek;
        switch (op.Kind)
        {
            case TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual:
                Take();
                return Compare(left, op, ParseSum());
            case TokenKind.Between:
                Take();
                return Between(left, op);
            case TokenKind.In:
                Take();
                return InList(left, op, negated: false);
            case TokenKind.Not when left.Kind != OperandKind.Condition:
                Take();
                Token inToken = Expect(TokenKind.In, $"'in' after '{op.Raw}'", $"To negate another comparison, write not ({left.Text} ...).");
                return InList(left, inToken, negated: true);
            case TokenKind.Is:
                Take();
                bool negated = Peek.Kind == TokenKind.Not;
                if (negated)
                    Take();
                Token missing = Expect(TokenKind.Missing, negated ? "'missing' after 'is not'" : "'missing' or 'not missing' after 'is'",
                    $"Write {left.Text} is missing or {left.Text} is not missing.");
                return MissingCheck(left, op, missing, negated);
            case TokenKind.Number or TokenKind.Text or TokenKind.Identifier or TokenKind.OpenParen when left.Kind != OperandKind.Condition:
                throw _problems.Expected(op, IsFormula
                    ? $"an operator (+ - * /) after '{left.Text}'"
                    : $"a comparison (== != < <= > >= between, in, is missing) or an operator after '{left.Text}'");
            default:
                return left;
        }
    }

    private Operand Compare(Operand left, Token op, Operand right)
    {
        foreach (Operand side in (ReadOnlySpan<Operand>)[left, right])
        {
            if (side.Kind == OperandKind.Condition)
                throw _problems.At(side.Start, $"'{op.Raw}' compares values but found {side.Describe()}", "Combine conditions with and, or and not.");
        }
        Operand result = Make(OperandKind.Condition, left.Start, right.End, left, right);
        if (left.Kind == OperandKind.Number && right.Kind == OperandKind.Number)
            return result with { Condition = new ComparisonNode(left.Number!, Operator(op.Kind), right.Number!) };

        // Text on one side: exactly one category column and one quoted value, with == or !=.
        (Operand? column, Operand other) = left.Kind == OperandKind.CategoryColumn ? (left, right)
            : right.Kind == OperandKind.CategoryColumn ? (right, left) : ((Operand?)null, right);
        if (column is not null)
        {
            if (other.Kind != OperandKind.TextValue || op.Kind is not (TokenKind.Equal or TokenKind.NotEqual))
                throw _problems.At(op.Start, $"'{op.Raw}' cannot compare {column.Describe()} with {other.Describe()}", CategoryFix);
            return result with { Condition = new CategoryInNode(column.Name, [other.Name], negated: op.Kind == TokenKind.NotEqual) };
        }
        if (left.Kind == OperandKind.TextValue && right.Kind == OperandKind.TextValue)
            throw _problems.At(left.Start, $"'{op.Raw}' compares two quoted texts; one side must be a category column", CategoryFix);
        (Operand number, Operand text) = left.Kind == OperandKind.Number ? (left, right) : (right, left);
        throw _problems.At(text.Start, $"{number.Describe()} cannot be compared with {text.Describe()}",
            "Compare numbers with numbers written without quotes, e.g. age == 30; quoted text goes with the category columns city and gender.");
    }

    private static ComparisonOperator Operator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => ComparisonOperator.Equal,
        TokenKind.NotEqual => ComparisonOperator.NotEqual,
        TokenKind.Less => ComparisonOperator.Less,
        TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
        TokenKind.Greater => ComparisonOperator.Greater,
        _ => ComparisonOperator.GreaterOrEqual,
    };

    private Operand Between(Operand value, Token op)
    {
        if (value.Kind != OperandKind.Number)
        {
            throw _problems.At(op.Start, $"'between' needs a number on its left but found {value.Describe()}",
                "Use between with numeric columns, e.g. age between 35 and 50; for a category column use in ['…', '…'].");
        }
        Operand low = ParseSum();
        RequireNumber(low, "as the lower bound of 'between'");
        Expect(TokenKind.And, "'and' between the two bounds of 'between'", $"Write {value.Text} between {low.Text} and ….");
        Operand high = ParseSum();
        RequireNumber(high, "as the upper bound of 'between'");
        Operand result = Make(OperandKind.Condition, value.Start, high.End, value, low.Depth > high.Depth ? low : high);
        if (low.Number!.Constant is { } a && high.Number!.Constant is { } b)
        {
            if (a > b)
                throw _problems.At(low.Start, $"the lower bound {low.Text} is above the upper bound {high.Text}, so nothing would match", "Swap the two bounds.");
            return result with { Condition = new BetweenNode(value.Number!, a, b) };
        }
        // Bounds that depend on the row: two comparisons, still column-wise.
        return result with
        {
            Condition = new AndNode(
                new ComparisonNode(value.Number!, ComparisonOperator.GreaterOrEqual, low.Number!),
                new ComparisonNode(value.Number!, ComparisonOperator.LessOrEqual, high.Number!)),
        };
    }

    private Operand InList(Operand value, Token op, bool negated)
    {
        if (value.Kind is not (OperandKind.Number or OperandKind.CategoryColumn))
            throw _problems.At(op.Start, $"'in' needs a column or number on its left but found {value.Describe()}", CategoryFix);
        bool isCategory = value.Kind == OperandKind.CategoryColumn;
        string listFix = isCategory
            ? $"Write the list in square brackets, e.g. {value.Text} in ['Ярославль', 'Рыбинск']."
            : $"Write the list in square brackets, e.g. {value.Text} in [1, 2, 3].";
        Expect(TokenKind.OpenBracket, $"'[' after '{op.Raw}'", listFix);
        var levels = new List<string>();
        var numbers = new List<double>();
        while (true)
        {
            if (isCategory)
            {
                Token item = Expect(TokenKind.Text, $"a quoted text value in the list for {value.Describe()}", listFix);
                levels.Add(item.Content);
            }
            else
            {
                if (Peek.Kind is TokenKind.CloseBracket or TokenKind.Comma or TokenKind.End)
                    throw _problems.Expected(Peek, "a number in the list", listFix);
                Operand item = ParseSum();
                if (item.Kind != OperandKind.Number || item.Number!.Constant is not { } number)
                    throw _problems.At(item.Start, $"expected a number in the list but found {item.Describe()}", listFix);
                numbers.Add(number);
            }
            Token separator = Expect(Peek.Kind == TokenKind.Comma ? TokenKind.Comma : TokenKind.CloseBracket, "',' or ']' in the list", listFix);
            if (separator.Kind == TokenKind.CloseBracket)
            {
                Operand result = Make(OperandKind.Condition, value.Start, separator.End, value);
                return isCategory
                    ? result with { Condition = new CategoryInNode(value.Name, [.. levels], negated) }
                    : result with { Condition = new NumberInNode(value.Number!, [.. numbers], negated) };
            }
        }
    }

    private Operand MissingCheck(Operand value, Token op, Token missing, bool negated)
    {
        Operand result = Make(OperandKind.Condition, value.Start, missing.End, value);
        return value.Kind switch
        {
            OperandKind.Number => result with { Condition = new NumberMissingNode(value.Number!, negated) },
            OperandKind.CategoryColumn => result with { Condition = new CategoryMissingNode(value.Name, negated) },
            _ => throw _problems.At(op.Start, $"'is missing' needs a column or number on its left but found {value.Describe()}",
                "Write e.g. balance is missing."),
        };
    }
}
