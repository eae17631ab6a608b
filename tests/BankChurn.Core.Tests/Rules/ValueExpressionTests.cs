using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using FluentAssertions;
using static BankChurn.Core.Tests.Rules.RuleTestTable;

namespace BankChurn.Core.Tests.Rules;

// Table rows: age 25, 30, 40, –, 50, 41; balance 100, –, 0, 5000, 200, -50; products 1 2 3 1 0 2.
public class ValueExpressionTests
{
    private static NumericColumn Evaluate(string formula) =>
        ValueExpression.Parse(formula, "client value formula", Location).Evaluate(Build());

    private static double?[] Values(NumericColumn column)
    {
        var values = new double?[column.Length];
        for (int i = 0; i < values.Length; i++)
            values[i] = column.IsMissing(i) ? null : column.Values[i];
        return values;
    }

    [Fact]
    public void Evaluate_DefaultValueFormula_CoalescesMissingBalanceToZero()
    {
        NumericColumn value = Evaluate("coalesce(balance, 0) * 0.03 + products * 1200");
        // balance * 0.03 + products * 1200, with the missing balance of row 1 counted as 0.
        double?[] expected = [100 * 0.03 + 1200, 2400, 3600, 5000 * 0.03 + 1200, 200 * 0.03, -50 * 0.03 + 2400];
        Values(value).Should().Equal(expected);
        value.Missing.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_MissingOperandWithoutCoalesce_GivesMissing()
    {
        NumericColumn value = Evaluate("balance * 0.03 + products * 1200");
        value.Missing.Should().Equal(1);
        double.IsNaN(value.Values[1]).Should().BeTrue("a missing row stores NaN, as NumericColumn promises");
        value.Values[0].Should().BeApproximately(1203, 1e-9);
    }

    [Fact]
    public void Evaluate_DivisionByZero_GivesMissingNeverInfinity()
    {
        NumericColumn value = Evaluate("1 / balance");
        value.Missing.Should().Equal(1, 2); // row 1: balance missing; row 2: balance is 0
        Values(value).Should().Equal(0.01, null, null, 0.0002, 0.005, -0.02);
        Evaluate("0 / (balance - balance)").Missing.Count.Should().Be(6); // 0/0 too
    }

    [Fact]
    public void Evaluate_Overflow_GivesMissing()
    {
        NumericColumn value = Evaluate("balance * 1e308");
        value.Missing.Should().Equal(0, 1, 3, 4, 5); // ±Infinity for every non-zero balance, plus the missing one
        Values(value)[2].Should().Be(0);
        Evaluate("1e308 * 10").Missing.Count.Should().Be(6); // a constant that overflows is not folded
    }

    [Theory]
    [InlineData("2 + 3 * 4", 14)]
    [InlineData("(2 + 3) * 4", 20)]
    [InlineData("2 - 3 - 4", -5)]
    [InlineData("24 / 4 / 2", 3)]
    [InlineData("-2 * -3", 6)]
    [InlineData("1_000_000 / 1e6", 1)]
    [InlineData("abs(-7.5)", 7.5)]
    [InlineData("min(3, 1, 2) + max(3, 1, 2)", 4)]
    public void Evaluate_ConstantFormula_FillsEveryRow(string formula, double expected)
    {
        NumericColumn value = Evaluate(formula);
        value.Length.Should().Be(6);
        value.Values.Should().AllSatisfy(v => v.Should().Be(expected));
        value.Missing.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_Functions_ApplyPerRow()
    {
        Values(Evaluate("abs(balance)")).Should().Equal(100, null, 0, 5000, 200, 50);
        Values(Evaluate("max(age, 40)")).Should().Equal(40, 40, 40, null, 50, 41);
        Values(Evaluate("coalesce(age, balance / 100, -1)")).Should().Equal(25, 30, 40, 50, 50, 41);
        Values(Evaluate("coalesce(balance * 2, age)")).Should().Equal(200, 30, 0, 10_000, 400, -100);
    }

    [Fact]
    public void Columns_ListsReferencedColumns() =>
        ValueExpression.Parse("coalesce(balance, 0) * 0.03 + products * 1200 + balance", "client value formula", Location)
            .Columns.Should().Equal("balance", "products");

    [Theory]
    [InlineData("age > 3", 1, "expected a number as the formula but found the condition 'age > 3'")]
    [InlineData("balance *", 10, "expected a value after '*' but the formula ends")]
    [InlineData("balance 3", 9, "expected an operator (+ - * /) after 'balance' but found the number 3")]
    [InlineData("balance + 3)", 12, "found ')' with no matching '('")]
    [InlineData("city", 1, "expected a number as the formula but found the category column 'city'")]
    [InlineData("", 1, "the formula is empty")]
    [InlineData("balanse * 2", 1, "unknown column 'balanse'; did you mean 'balance'?")]
    public void Parse_BadFormula_NamesOwnerAndPosition(string formula, int position, string expected)
    {
        Action parse = () => ValueExpression.Parse(formula, "client value formula", Location);
        InputException problem = parse.Should().Throw<InputException>().Which;
        problem.Message.Should().Contain("client value formula: formula \"").And.Contain($"at position {position}: {expected}");
        problem.Kind.Should().Be(ProblemKind.Usage);
    }
}
