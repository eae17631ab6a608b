namespace BankChurn.Core.Rules;

/// <summary>Arithmetic, literals, columns, functions and parentheses.</summary>
internal sealed partial class RuleParser
{
    private Operand ParseSum()
    {
        Operand left = ParseProduct();
        while (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            Token op = Take();
            RequireNumber(left, $"before '{op.Raw}'");
            Operand right = ParseProduct();
            RequireNumber(right, $"after '{op.Raw}'");
            INumberNode node = op.Kind == TokenKind.Plus
                ? ArithmeticNode<AddOperation>.Create(left.Number!, right.Number!)
                : ArithmeticNode<SubtractOperation>.Create(left.Number!, right.Number!);
            left = Make(OperandKind.Number, left.Start, right.End, left, right) with { Number = node };
        }
        return left;
    }

    private Operand ParseProduct()
    {
        Operand left = ParseUnary();
        while (Peek.Kind is TokenKind.Star or TokenKind.Slash)
        {
            Token op = Take();
            RequireNumber(left, $"before '{op.Raw}'");
            Operand right = ParseUnary();
            RequireNumber(right, $"after '{op.Raw}'");
            INumberNode node = op.Kind == TokenKind.Star
                ? ArithmeticNode<MultiplyOperation>.Create(left.Number!, right.Number!)
                : ArithmeticNode<DivideOperation>.Create(left.Number!, right.Number!);
            left = Make(OperandKind.Number, left.Start, right.End, left, right) with { Number = node };
        }
        return left;
    }

    private Operand ParseUnary()
    {
        if (Peek.Kind != TokenKind.Minus)
            return ParsePrimary();
        Token op = Take();
        Enter(op.Start);
        Operand operand = ParseUnary();
        _nesting--;
        RequireNumber(operand, "after '-'");
        // 0 - x folds to a constant for literals, so "-5" is a plain number (usable in an 'in' list).
        INumberNode node = ArithmeticNode<SubtractOperation>.Create(new ConstantNode(0), operand.Number!);
        return Make(OperandKind.Number, op.Start, operand.End, operand) with { Number = node };
    }

    private Operand ParsePrimary()
    {
        Token token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Take();
                return Make(OperandKind.Number, token.Start, token.End) with { Number = new ConstantNode(token.Number) };
            case TokenKind.Text:
                Take();
                return Make(OperandKind.TextValue, token.Start, token.End) with { Name = token.Content };
            case TokenKind.Identifier when PeekAfter.Kind == TokenKind.OpenParen:
                return ParseFunction(Take());
            case TokenKind.Identifier:
                return ParseColumn(Take());
            case TokenKind.OpenParen:
                Token open = Take();
                if (Peek.Kind == TokenKind.CloseParen)
                    throw _problems.Expected(Peek, IsFormula ? "a value after '('" : "a condition or value after '('");
                Operand inner = ParseOr();
                if (Peek.Kind != TokenKind.CloseParen)
                {
                    throw _problems.Expected(Peek, $"')' to close the '(' at position {open.Start + 1}",
                        "Add the missing ')' or remove the extra '('.");
                }
                Token close = Take();
                return inner with { Start = open.Start, End = close.End, Text = _problems.Text[open.Start..close.End] };
            default:
                throw _problems.Expected(token, WhatValueIsExpected());
        }
    }

    /// <summary>"a value after '=='" after an operator, "a condition after 'and'" after a connective.</summary>
    private string WhatValueIsExpected()
    {
        if (_next == 0)
            return IsFormula ? "a number" : "a condition";
        Token previous = _tokens[_next - 1];
        return previous.Kind switch
        {
            TokenKind.And or TokenKind.Or or TokenKind.Not => $"a condition after '{previous.Raw}'",
            TokenKind.OpenParen when !IsFormula => "a condition or value after '('",
            _ => $"a value after '{previous.Raw}'",
        };
    }

    private Operand ParseFunction(Token name)
    {
        string function = name.Raw.ToLowerInvariant();
        (int minArguments, int maxArguments) = function switch
        {
            "coalesce" or "min" or "max" => (2, int.MaxValue),
            "abs" or "median" => (1, 1),
            "quantile" => (2, 2),
            _ => throw _problems.UnknownFunction(name),
        };
        Take(); // '('
        var arguments = new List<INumberNode>();
        int depth = 0;
        while (true)
        {
            if (Peek.Kind is TokenKind.CloseParen or TokenKind.Comma)
                throw _problems.Expected(Peek, $"a value as argument {arguments.Count + 1} of {function}(…)");
            Operand argument = ParseOr();
            RequireNumber(argument, $"as argument {arguments.Count + 1} of {function}(…)");
            arguments.Add(argument.Number!);
            // min and max chain their arguments, one level per argument.
            depth = Checked(Math.Max(depth, argument.Depth) + (function is "min" or "max" ? 1 : 0) + 1, name.Start) - 1;
            Token separator = Expect(Peek.Kind == TokenKind.Comma ? TokenKind.Comma : TokenKind.CloseParen, $"',' or ')' in {function}(…)",
                "Separate arguments with commas and close the call with ')', e.g. coalesce(balance, 0).");
            if (separator.Kind == TokenKind.CloseParen)
            {
                if (arguments.Count < minArguments || arguments.Count > maxArguments)
                {
                    string expected = maxArguments == 1 ? "exactly one value" : minArguments == maxArguments ? $"exactly {minArguments} values" : $"at least {minArguments} values";
                    throw _problems.At(name.Start, $"{function}(…) takes {expected} but got {arguments.Count}",
                        "Write e.g. coalesce(balance, 0), min(age, 60), max(products, 1) or abs(balance).");
                }
                INumberNode node = function switch
                {
                    "quantile" => new QuantileNode(arguments[0], Probability(arguments[1], name)),
                    "median" => new QuantileNode(arguments[0], 0.5),
                    "coalesce" => new CoalesceNode(arguments),
                    "abs" => ArithmeticNode<AbsOperation>.Create(arguments[0], new ConstantNode(0)),
                    "min" => Chain<MinOperation>(arguments),
                    _ => Chain<MaxOperation>(arguments),
                };
                return Make(OperandKind.Number, name.Start, separator.End) with { Number = node, Depth = Checked(depth + 1, name.Start) };
            }
        }
    }

    /// <summary>The p of quantile(x, p): a constant between 0 and 1, checked now rather than when the data is read.</summary>
    private double Probability(INumberNode argument, Token name) =>
        argument.Constant is { } p and >= 0 and <= 1
            ? p
            : throw _problems.At(name.Start, "quantile(…) takes a share between 0 and 1 as its second value",
                "Write e.g. quantile(balance, 0.75) for the upper quartile.");

    private static INumberNode Chain<TOperation>(List<INumberNode> arguments)
        where TOperation : struct, IArithmeticOperation
    {
        INumberNode result = arguments[0];
        for (int k = 1; k < arguments.Count; k++)
            result = ArithmeticNode<TOperation>.Create(result, arguments[k]);
        return result;
    }
}
