using BankChurn.Core.Rules;
using FluentAssertions;

namespace BankChurn.Core.Tests.Rules;

/// <summary>The rule language compiled to PostgreSQL: names quoted by the caller, every constant a parameter, never NULL.</summary>
public class RuleSqlTests
{
    private static string Column(string name) => "\"" + name + "\"";

    private static Rule Parse(string text) => Rule.Parse(text, "test rule", new SourceLocation("test"));

    [Fact]
    public void Condition_ConstantsBecomeParametersInOrder()
    {
        var sql = new RuleSql(Column);
        string text = sql.Condition(Parse("age between 35 and 50 and city == 'Ярославль'"), "t");
        text.Should().Be("(COALESCE(\"age\" BETWEEN $1::float8 AND $2::float8, false) AND COALESCE(\"city\" IN ($3::text), false))");
        sql.Parameters.Should().Equal(35.0, 50.0, "Ярославль");
    }

    [Fact]
    public void Condition_TextThatLooksLikeSql_StaysAParameter()
    {
        const string Attack = "x'); DROP TABLE clients; --";
        var sql = new RuleSql(Column);
        string text = sql.Condition(Parse("city in [\"x'); DROP TABLE clients; --\", 'Ростов'] or gender != 'Ж'"), "t");
        text.Should().NotContain("DROP").And.NotContain("Ростов").And.NotContain("'");
        sql.Parameters.Should().Equal(Attack, "Ростов", "Ж");
    }

    [Fact]
    public void Condition_GroupedLevel_MatchesNothingAndItsNegationEveryPresentValue()
    {
        var sql = new RuleSql(Column);
        sql.Condition(Parse("city == 'Тверь'"), "t", (_, level) => level != "Тверь").Should().Be("false");
        sql.Condition(Parse("city != 'Тверь'"), "t", (_, level) => level != "Тверь").Should().Be("(\"city\" IS NOT NULL)");
        sql.Parameters.Should().BeEmpty();
    }

    [Fact]
    public void Number_DivisionMinAndQuantile_AreNullSafe()
    {
        var sql = new RuleSql(Column);
        ValueExpression formula = ValueExpression.Parse("balance / products + min(age, 60) + quantile(balance, 0.75) + abs(score)", "test", new SourceLocation("test"));
        string text = sql.Number(formula, "rows AS q");
        text.Should().Contain("(\"balance\" / NULLIF(\"products\", 0))")
            .And.Contain("CASE WHEN \"age\" IS NULL OR $1::float8 IS NULL THEN NULL ELSE LEAST(\"age\", $1::float8) END")
            .And.Contain("(SELECT percentile_cont($2::float8) WITHIN GROUP (ORDER BY \"balance\") FROM rows AS q)")
            .And.Contain("abs(\"score\")");
        sql.Parameters.Should().Equal(60.0, 0.75);
    }
}
