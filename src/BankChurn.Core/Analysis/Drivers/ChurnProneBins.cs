using BankChurn.Core.Analysis.Statistics;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>
/// Decides which bins churn significantly more than the rest of the base. Each bin gets a one-sided test against the
/// rest (the pooled two-proportion z: a bin is flagged only for churning more, the direction the report claims), and
/// the p-values of every bin of every column are adjusted together with Holm's method. Quantile bins are cut from the
/// values alone, never from churn, so each p-value is valid as it stands and Holm over the whole family keeps the
/// chance of flagging any bin in a month without real differences at alpha. Without the adjustment, 40 bins tested at
/// 5 % flagged a churn-prone range in 6–7 of 10 months of shuffled churn.
/// </summary>
public static class ChurnProneBins
{
    /// <summary>One-sided p of "clients/churned churns more than the rest" in a base of total/totalChurned.</summary>
    public static double PValue(int clients, int churned, int total, int totalChurned)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clients, total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(churned, totalChurned);
        TwoProportionTest test = TwoProportions.ZTest(churned, clients, totalChurned - churned, total - clients);
        return test.Degeneracy == Degeneracy.None ? Tails.UpperNormal(test.Z) : 1;
    }

    /// <summary>
    /// Holm-adjusted p-values over every bin of every column, in the order given (columns, then bins), and whether each
    /// bin is churn-prone: adjusted p below <paramref name="alpha"/>.
    /// </summary>
    public static (double[] Adjusted, bool[] Prone) Judge(IReadOnlyList<double> pValues, double alpha)
    {
        double[] adjusted = MultipleTesting.Holm(pValues);
        return (adjusted, [.. adjusted.Select(p => p < alpha)]);
    }
}
