using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Tests.Statistics;

/// <summary>The samples and checks shared by the statistics tests on the real table and on the committed synthetic fixture.</summary>
internal static class StatisticsChecks
{
    private const double Tolerance = 1e-6;

    public static void Close(double expected, double actual, string what)
    {
        Assert.True(double.IsFinite(actual), $"{what}: {actual} is not finite");
        double allowed = expected == 0 ? 1e-12 : Tolerance * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
    }

    public static (double[] Churned, double[] Retained) ByChurn(ClientTable table, string column)
    {
        NumericColumn values = table.Numeric(column);
        RowSet retained = table.AllRows.AndNot(table.Churned);
        return (Samples.Values(values, table.Churned), Samples.Values(values, retained));
    }

    public static (double[] One, double[] Two) AgeByProducts(ClientTable table)
    {
        NumericColumn products = table.Numeric("products");
        RowSet Having(int count) => RowSet.Where(table.RowCount, row => !products.IsMissing(row) && products.Values[row] == count);
        return (Samples.Values(table.Numeric("age"), Having(1)), Samples.Values(table.Numeric("age"), Having(2)));
    }

    /// <summary>Spearman's rho of churn against <paramref name="column"/> on <paramref name="table"/>, against SciPy's figures.</summary>
    public static void AssertSpearmanOfChurn(ClientTable table, string column, int n, double rho, double p, double low, double high)
    {
        PairedSample pairs = Samples.Flagged(table.Churned, table.Numeric(column), table.AllRows);

        CorrelationTest result = Correlation.Spearman(pairs.X, pairs.Y);

        Assert.Equal(n, result.N);
        Close(rho, result.Coefficient, "rho");
        Close(p, result.PValue, "p");
        Close(low, result.Confidence.Low, "low");
        Close(high, result.Confidence.High, "high");
    }

    public static void AssertWelch(WelchTest result, double[] expected)
    {
        Assert.Equal(Degeneracy.None, result.Degeneracy);
        Close(expected[0], result.Mean1, "mean 1");
        Close(expected[1], result.Mean2, "mean 2");
        Close(expected[2], result.Statistic, "t");
        Close(expected[3], result.DegreesOfFreedom, "dof");
        Close(expected[4], result.PValue, "p");
        Close(expected[5], result.MeanDifferenceConfidence.Low, "difference low");
        Close(expected[6], result.MeanDifferenceConfidence.High, "difference high");
        Close(expected[7], result.CohensD, "d");
        Close(expected[8], result.CohensDConfidence.Low, "d low");
        Close(expected[9], result.CohensDConfidence.High, "d high");
    }

    public static TwoProportionTest TopBalanceQuartile(ClientTable table, out double q3)
    {
        NumericColumn balance = table.Numeric("balance");
        double[] known = Samples.Values(balance, table.AllRows);
        Array.Sort(known);
        double threshold = Quantiles.Linear(known, 0.75);
        // Missing balances are not "≥ Q3", so they stay in the rest, as pandas' NaN >= q3 is False.
        RowSet top = RowSet.Where(table.RowCount, row => !balance.IsMissing(row) && balance.Values[row] >= threshold);
        RowSet rest = table.AllRows.AndNot(top);
        q3 = threshold;
        return TwoProportions.ZTest(table.Churned.CountAnd(top), top.Count, table.Churned.CountAnd(rest), rest.Count);
    }
}
