using BankChurn.Core.Rules;
using FluentAssertions;
using static BankChurn.Core.Tests.Rules.RuleTestTable;

namespace BankChurn.Core.Tests.Rules;

// Table rows: age 25, 30, 40, –, 50, 41; gender М Ж Ж М – М; city Ярославль Рыбинск Ростов Ярославль – Рыбинск;
// balance 100, –, 0, 5000, 200, -50; products 1 2 3 1 0 2; churn 0 1 0 1 0 0 ("–" = missing).
public class RuleEvaluationTests
{
    [Theory]
    [InlineData("age == 30", new[] { 1 })]
    [InlineData("age != 30", new[] { 0, 2, 4, 5 })] // the missing age is not "not 30" either
    [InlineData("age < 30", new[] { 0 })]
    [InlineData("age <= 30", new[] { 0, 1 })]
    [InlineData("age > 40", new[] { 4, 5 })]
    [InlineData("age >= 40", new[] { 2, 4, 5 })]
    [InlineData("30 < age", new[] { 2, 4, 5 })] // constant on the left
    [InlineData("age > products * 20", new[] { 0, 4, 5 })] // two columns
    public void Evaluate_Comparison_SelectsMatchingRowsAndNeverMissing(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("age between 30 and 40", new[] { 1, 2 })] // both ends inclusive
    [InlineData("age between 30 and 30", new[] { 1 })]
    [InlineData("age between 41 and 49.5", new[] { 5 })]
    [InlineData("age between products * 10 and 45", new[] { 0, 1, 2, 5 })] // bounds that vary by row
    [InlineData("balance between -50 and 0", new[] { 2, 5 })]
    public void Evaluate_Between_IsInclusiveAtBothEnds(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("age < 30 or gender == 'Ж' and products == 3", new[] { 0, 2 })] // a or (b and c)
    [InlineData("(age < 30 or gender == 'Ж') and products == 3", new[] { 2 })]
    [InlineData("not gender == 'Ж' and products == 1", new[] { 0, 3 })] // (not a) and b
    [InlineData("not (gender == 'Ж' and products == 1)", new[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData("not not age == 30", new[] { 1 })]
    [InlineData("products == 2 or products == 3 and age > 100 or age == 25", new[] { 0, 1, 5 })]
    public void Evaluate_Precedence_NotBindsTighterThanAndTighterThanOr(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("products in [1, 3]", new[] { 0, 2, 3 })]
    [InlineData("products not in [1, 3]", new[] { 1, 4, 5 })]
    [InlineData("balance in [-50, 0]", new[] { 2, 5 })]
    [InlineData("balance not in [-50, 0]", new[] { 0, 3, 4 })] // missing balance is in neither
    [InlineData("city in ['Ярославль', \"Рыбинск\"]", new[] { 0, 1, 3, 5 })]
    [InlineData("city not in ['Ярославль']", new[] { 1, 2, 5 })] // missing city is in neither
    [InlineData("city in ['Москва', 'Ростов']", new[] { 2 })]
    public void Evaluate_InList_MatchesListedValues(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("gender == 'Ж'", new[] { 1, 2 })]
    [InlineData("gender == \"Ж\"", new[] { 1, 2 })]
    [InlineData("'Ж' == gender", new[] { 1, 2 })]
    [InlineData("gender != 'Ж'", new[] { 0, 3, 5 })]
    [InlineData("city == 'Рыбинск' and gender == 'М'", new[] { 5 })]
    public void Evaluate_CyrillicText_InEitherQuotes(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("city == 'Москва'", new int[0])]
    [InlineData("city in ['Москва']", new int[0])]
    [InlineData("city != 'Москва'", new[] { 0, 1, 2, 3, 5 })]
    [InlineData("gender == 'ж'", new int[0])] // levels are case-sensitive
    public void Evaluate_LevelAbsentFromTable_SelectsNothing(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("age > 0", new[] { 0, 1, 2, 4, 5 })]
    [InlineData("not (age > 30)", new[] { 0, 1, 3 })] // two-valued logic: the missing age is "not above 30"
    [InlineData("age <= 30", new[] { 0, 1 })]
    [InlineData("age is missing", new[] { 3 })]
    [InlineData("age is not missing", new[] { 0, 1, 2, 4, 5 })]
    [InlineData("balance is missing", new[] { 1 })]
    [InlineData("gender is missing", new[] { 4 })]
    [InlineData("city is not missing and gender is not missing", new[] { 0, 1, 2, 3, 5 })]
    [InlineData("age + balance is missing", new[] { 1, 3 })]
    public void Evaluate_MissingValues_ComparisonsAreFalseAndIsMissingSelectsThem(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("AGE_IS_NOT_A_COLUMN", false)]
    [InlineData("age > 30 AND gender == 'Ж' Or products == 0", true)]
    [InlineData("NOT age Between 30 aNd 40 and city IN ['Рыбинск'] or balance IS NOT MISSING and products NOT IN [1, 2, 3]", true)]
    public void Parse_Keywords_AreCaseInsensitive(string rule, bool valid)
    {
        Action parse = () => Rule.Parse(rule, "segment 'Тест'", Location);
        if (valid) parse.Should().NotThrow();
        else parse.Should().Throw<InputException>();
    }

    [Fact]
    public void Evaluate_UpperCaseKeywords_MeanTheSameAsLowerCase() =>
        Rows("NOT age Between 30 aNd 40 and city IN ['Рыбинск'] OR balance IS MISSING")
            .Should().Equal(Rows("not age between 30 and 40 and city in ['Рыбинск'] or balance is missing"))
            .And.Equal(1, 5);

    [Theory]
    [InlineData("age - 10 - 5 == 10", new[] { 0 })] // left-associative: (age - 10) - 5
    [InlineData("age / 5 * 2 == 10", new[] { 0 })] // (age / 5) * 2, not age / 10
    [InlineData("age + products * 10 == 35", new[] { 0 })] // * before +
    [InlineData("(age + 5) * 2 == 60", new[] { 0 })]
    [InlineData("-age < -45", new[] { 4 })]
    [InlineData("--age == 25", new[] { 0 })]
    [InlineData("1 + 2 * 3 == 7", new[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData("coalesce(balance, 0) == 0", new[] { 1, 2 })]
    [InlineData("coalesce(age, balance, 0) == 5000", new[] { 3 })]
    [InlineData("abs(balance) == 50", new[] { 5 })]
    [InlineData("min(age, 30) == 30", new[] { 1, 2, 4, 5 })]
    [InlineData("max(products, 1, 2) == 2", new[] { 0, 1, 3, 4, 5 })]
    [InlineData("age / balance is missing", new[] { 1, 2, 3 })] // balance 0 divides by zero: missing, not Infinity
    [InlineData("age / balance > 0", new[] { 0, 4 })]
    public void Evaluate_Arithmetic_FollowsUsualPrecedenceAndMissing(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("est_salary >= 1e6", new[] { 1, 3 })]
    [InlineData("est_salary >= 1_000_000", new[] { 1, 3 })]
    [InlineData("est_salary == 999_999.5", new[] { 2 })]
    [InlineData("est_salary == 0.5", new[] { 5 })]
    [InlineData("est_salary < .6", new[] { 5 })]
    [InlineData("est_salary > 2.5E+6 - 1", new[] { 3 })]
    public void Evaluate_NumberLiterals_AcceptExponentsAndUnderscores(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("churn == 1", new[] { 1, 3 })]
    [InlineData("churn == 0 and user_id >= 1005", new[] { 4, 5 })]
    [InlineData("user_id in [1001, 1006]", new[] { 0, 5 })]
    public void Evaluate_ChurnAndUserId_CompareAsNumbers(string rule, int[] expected) =>
        Rows(rule).Should().Equal(expected);

    [Theory]
    [InlineData("==")]
    [InlineData("!=")]
    [InlineData("<")]
    [InlineData("<=")]
    [InlineData(">")]
    [InlineData(">=")]
    public void Evaluate_ChurnAgainstAConstant_SelectsWhatTheFlagAsANumberWould(string op)
    {
        // "churn + 0" is read as a column of numbers; plain "churn" straight from the flag's bit set.
        foreach (string constant in new[] { "-1", "0", "0.5", "1", "2" })
            Rows($"churn {op} {constant}").Should().Equal(Rows($"churn + 0 {op} {constant}"), $"churn {op} {constant}");
    }

    [Fact]
    public void Columns_ListsEachReferencedColumnOnceInOrder()
    {
        Rule rule = Rule.Parse("gender == 'Ж' and age between 35 and 50 or coalesce(balance, age) > 0 and gender != 'М'", "segment 'Тест'", Location);
        rule.Columns.Should().Equal("gender", "age", "balance");
        rule.Text.Should().StartWith("gender ==");
        rule.Owner.Should().Be("segment 'Тест'");
    }

    [Fact]
    public void Evaluate_ReturnsAFreshSetThatDoesNotAliasTheTable()
    {
        var table = Build();
        var missing = Rule.Parse("age is missing", "x", Location).Evaluate(table);
        missing.Add(0);
        table.Numeric("age").Missing.Contains(0).Should().BeFalse();
    }
}
