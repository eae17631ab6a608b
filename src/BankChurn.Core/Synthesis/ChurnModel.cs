namespace BankChurn.Core.Synthesis;

/// <summary>
/// The probability that a synthetic client churns: a logistic regression fitted to the real table by
/// data/calibrate.py (Newton's method), so that churn by every feature level lands near the real figures through
/// the same dependencies rather than by fixing each marginal separately. The intercept is then nudged so that the
/// synthetic base month reproduces the real 18.2 % overall.
/// </summary>
internal static class ChurnModel
{
    private const double Intercept = -3.45;
    private const double Male = 1.08;
    private const double Products2 = 0.029;
    private const double Products3 = 0.55;
    private const double Products4Plus = 1.85;
    private const double CreditCard = -0.75;
    private const double Active = 1.131;
    private const double BalanceMissing = -3.5;

    /// <summary>Per unit of ln(balance) above 13 (442 k): churn is flat over the lower half of balances and climbs over the upper.</summary>
    private const double LogBalanceAbove13 = 0.9;
    private const double AgeUnder25 = -0.25;
    private const double Age25To35 = 0.494;
    private const double Age50To60 = 0.95;
    private const double Age61Plus = -0.999;
    private const double Score830To910 = 0.5;
    private const double ScoreUnder750 = -1.3;
    private const double Rybinsk = -0.265;
    private const double Equity = 0.10;
    private const double Score750To829 = -0.3;
    private const double Score911Plus = 0.2;

    /// <summary>The churn probability of row <paramref name="row"/>, with <paramref name="shift"/> added to the log-odds (the month's drift).</summary>
    public static double Probability(SyntheticColumns c, int row, double shift)
    {
        double x = Intercept + shift;
        if (c.Gender[row] == 0) x += Male;
        double products = c.Products[row];
        if (products == 2) x += Products2;
        else if (products == 3) x += Products3;
        else if (products >= 4) x += Products4Plus;
        if (c.CreditCard[row] == 1) x += CreditCard;
        if (c.LastActivity[row] == 1) x += Active;
        double balance = c.Balance[row];
        if (double.IsNaN(balance)) x += BalanceMissing;
        else x += LogBalanceAbove13 * Math.Max(Math.Log(Math.Max(balance, 1)) - 13, 0);
        double age = c.Age[row];
        if (age < 25) x += AgeUnder25;
        else if (age < 36) x += Age25To35;
        else if (age >= 50 && age < 61) x += Age50To60;
        else if (age >= 61) x += Age61Plus;
        double score = c.Score[row];
        if (score >= 830 && score <= 910) x += Score830To910;
        else if (score < 750) x += ScoreUnder750;
        else if (score < 830) x += Score750To829;
        else x += Score911Plus;
        x += Equity * Math.Min(c.Equity[row], 7);
        if (c.City[row] == 1) x += Rybinsk;
        return ClientSampler.Logistic(x);
    }
}
