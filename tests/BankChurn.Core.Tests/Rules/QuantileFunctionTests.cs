using BankChurn.Core;
using BankChurn.Core.Rules;

namespace BankChurn.Core.Tests.Rules;

public class QuantileFunctionTests
{
    // Balances present: -50, 0, 100, 200, 5000 (row 1 missing). numpy.quantile([-50,0,100,200,5000], 0.75) → 200.0
    [Theory]
    [InlineData("balance >= quantile(balance, 0.75)", new[] { 3, 4 })]
    [InlineData("not (balance >= quantile(balance, 0.75))", new[] { 0, 1, 2, 5 })] // the rest includes the missing balance
    [InlineData("balance > median(balance)", new[] { 3, 4 })]
    [InlineData("age <= median(age)", new[] { 0, 1, 2 })]                           // ages 25, 30, 40, 41, 50 → median 40
    [InlineData("balance >= quantile(balance, 0)", new[] { 0, 2, 3, 4, 5 })]
    [InlineData("balance <= quantile(balance * 2, 1) / 2", new[] { 0, 2, 3, 4, 5 })]
    public void Quantile_SelectsAgainstTheTablesOwnDistribution(string rule, int[] expected) =>
        Assert.Equal(expected, RuleTestTable.Rows(rule));

    [Theory]
    [InlineData("balance > quantile(balance, 1.5)", "between 0 and 1")]
    [InlineData("balance > quantile(balance, age)", "between 0 and 1")]
    [InlineData("balance > quantile(balance)", "exactly 2 values")]
    [InlineData("balance > quantil(balance, 0.5)", "did you mean 'quantile'")]
    public void Quantile_Mistakes_AreReported(string rule, string keyWords)
    {
        InputException problem = Assert.Throws<InputException>(() => RuleTestTable.Rows(rule));
        Assert.Contains(keyWords, problem.Message, StringComparison.Ordinal);
        Assert.Equal(ProblemKind.Usage, problem.Kind);
    }

    [Fact]
    public void ValueExpression_MedianOfAllMissing_IsMissingNotNaN()
    {
        var table = RuleTestTable.Build().Filter(BankChurn.Core.Clients.RowSet.Where(6, r => r == 1)); // the one row without a balance
        var value = ValueExpression.Parse("median(balance) + 1", "formula", RuleTestTable.Location).Evaluate(table);
        Assert.True(value.IsMissing(0));
    }
}
