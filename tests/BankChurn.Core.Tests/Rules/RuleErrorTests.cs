using BankChurn.Core.Rules;
using FluentAssertions;

namespace BankChurn.Core.Tests.Rules;

public class RuleErrorTests
{
    private static readonly SourceLocation Location = new("report.config.yaml", 21, "segments[2].rule");

    private static InputException Fail(string rule)
    {
        Action parse = () => Rule.Parse(rule, "segment 'Женщины 35–50'", Location);
        return parse.Should().Throw<InputException>().Which;
    }

    [Theory]
    // "gender == 'Ж' and age ==" is 24 characters: the rule ends at position 25.
    [InlineData("gender == 'Ж' and age ==", 25, "expected a value after '==' but the rule ends")]
    [InlineData("age > 3 and", 12, "expected a condition after 'and' but the rule ends")]
    [InlineData("not", 4, "expected a condition after 'not' but the rule ends")]
    [InlineData("age > 3 foo", 9, "expected 'and', 'or' or the end of the rule but found 'foo'")]
    [InlineData("age > 30 40", 10, "expected 'and', 'or' or the end of the rule but found the number 40")]
    [InlineData("age 30", 5, "expected a comparison")]
    [InlineData("(age > 3", 9, "expected ')' to close the '(' at position 1 but the rule ends")]
    [InlineData("((age > 3) or age < 2", 22, "expected ')' to close the '(' at position 1")]
    [InlineData("age > 3)", 8, "found ')' with no matching '('")]
    [InlineData("()", 2, "expected a condition or value after '(' but found ')'")]
    [InlineData("age = 30", 5, "found '='")]
    [InlineData("age > 3 && age < 5", 9, "found '&'")]
    [InlineData("age # 3", 5, "unexpected character '#'")]
    [InlineData("city in ('Рыбинск')", 9, "expected '[' after 'in' but found '('")]
    [InlineData("city in ['Рыбинск',]", 20, "expected a quoted text value in the list for the category column 'city' but found ']'")]
    [InlineData("city in ['Рыбинск'", 19, "expected ',' or ']' in the list but the rule ends")]
    [InlineData("city in [3]", 10, "expected a quoted text value in the list")]
    [InlineData("products in []", 14, "expected a number in the list but found ']'")]
    [InlineData("products in [age]", 14, "expected a number in the list but found the numeric column 'age'")]
    [InlineData("age not between 1 and 2", 9, "expected 'in' after 'not' but found 'between'")]
    [InlineData("age is 3", 8, "expected 'missing' or 'not missing' after 'is'")]
    [InlineData("age between 1 or 2", 15, "expected 'and' between the two bounds of 'between' but found 'or'")]
    [InlineData("age between 50 and 30", 13, "the lower bound 50 is above the upper bound 30")]
    [InlineData("age > 1__0", 7, "'1__0' is not a number")]
    [InlineData("age > 1e", 7, "'1e' is not a number")]
    [InlineData("age > 30years", 7, "'30years' is not a number")]
    public void Parse_SyntaxError_NamesPositionFoundAndExpected(string rule, int position, string expected)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain($"at position {position}: {expected}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyRule_SaysSoAndShowsAnExample(string rule)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain("at position 1: the rule is empty").And.Contain("age between 35 and 50");
    }

    [Fact]
    public void Parse_Error_IsAUsageProblemAtTheGivenLocationNamingTheOwnerAndTheRule()
    {
        InputException problem = Fail("gender == 'Ж' and age ==");
        problem.Kind.Should().Be(ProblemKind.Usage);
        problem.ExitCode.Should().Be(2);
        problem.Location.Should().Be(Location);
        problem.Message.Should().StartWith("report.config.yaml:21 (segments[2].rule): segment 'Женщины 35–50': rule \"gender == 'Ж' and age ==\" at position 25:");
    }

    [Theory]
    [InlineData("agee > 3", 1, "unknown column 'agee'; did you mean 'age'?")]
    [InlineData("Age > 3", 1, "unknown column 'Age'; did you mean 'age'?")]
    [InlineData("age > 3 and ballance < 5", 13, "unknown column 'ballance'; did you mean 'balance'? Use one of")]
    [InlineData("creditcard == 1", 1, "unknown column 'creditcard'; did you mean 'credit_card'?")]
    [InlineData("gender == Ж", 11, "unknown column 'Ж'")]
    public void Parse_UnknownColumn_SuggestsTheNearestAndListsAll(string rule, int position, string expected)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain($"at position {position}: {expected}")
            .And.Contain("user_id, score, city, gender, age, equity, balance, products, credit_card, last_activity, est_salary, churn")
            .And.Contain("quotes");
    }

    [Theory]
    [InlineData("gender > 3", 8, "'>' cannot compare the category column 'gender' with the number 3")]
    [InlineData("gender > 'Ж'", 8, "'>' cannot compare the category column 'gender' with the text 'Ж'")]
    [InlineData("city == gender", 6, "'==' cannot compare the category column 'city' with the category column 'gender'")]
    [InlineData("age == 'x'", 8, "the numeric column 'age' cannot be compared with the text 'x'")]
    [InlineData("'a' == 'b'", 1, "'==' compares two quoted texts; one side must be a category column")]
    [InlineData("city between 1 and 2", 6, "'between' needs a number on its left but found the category column 'city'")]
    [InlineData("age between 'a' and 2", 13, "expected a number as the lower bound of 'between' but found the text 'a'")]
    [InlineData("age + 1", 1, "expected a condition as the rule but found the number expression 'age + 1'")]
    [InlineData("age", 1, "expected a condition as the rule but found the numeric column 'age'")]
    [InlineData("city", 1, "expected a condition as the rule but found the category column 'city'")]
    [InlineData("age > 3 and products", 13, "expected a condition after 'and' but found the numeric column 'products'")]
    [InlineData("not age", 5, "expected a condition after 'not' but found the numeric column 'age'")]
    [InlineData("(age > 3) == 1", 1, "'==' compares values but found the condition '(age > 3)'")]
    [InlineData("city + 1 > 2", 1, "expected a number before '+' but found the category column 'city'")]
    [InlineData("age * (age > 3) > 1", 7, "expected a number after '*' but found the condition '(age > 3)'")]
    [InlineData("'Ж' in ['Ж']", 5, "'in' needs a column or number on its left but found the text 'Ж'")]
    [InlineData("'Ж' is missing", 5, "'is missing' needs a column or number on its left")]
    public void Parse_TypeError_PointsAtTheOffendingPart(string rule, int position, string expected)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain($"at position {position}: {expected}");
    }

    [Theory]
    [InlineData("city == 'Ярославль", 9, "the text starting with ' is not closed")]
    [InlineData("city == \"Ярославль' and age > 3", 9, "the text starting with \" is not closed")]
    public void Parse_UnterminatedText_PointsAtTheOpeningQuote(string rule, int position, string expected)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain($"at position {position}: {expected}").And.Contain("but the rule ends");
    }

    [Theory]
    [InlineData("foo(age) > 1", 1, "unknown function 'foo'")]
    [InlineData("abs(age, 1) > 1", 1, "abs(…) takes exactly one value but got 2")]
    [InlineData("coalesce(age) > 1", 1, "coalesce(…) takes at least 2 values but got 1")]
    [InlineData("coalesce(age, ) > 1", 15, "expected a value as argument 2 of coalesce(…) but found ')'")]
    [InlineData("coalesce(age, 0", 16, "expected ',' or ')' in coalesce(…) but the rule ends")]
    [InlineData("coalesce(age, 0 > 1) > 1", 15, "expected a number as argument 2 of coalesce(…) but found the condition '0 > 1'")]
    [InlineData("min(age, city) > 1", 10, "expected a number as argument 2 of min(…) but found the category column 'city'")]
    public void Parse_BadFunctionCall_SaysWhatIsWrong(string rule, int position, string expected)
    {
        InputException problem = Fail(rule);
        problem.Message.Should().Contain($"at position {position}: {expected}");
    }
}
