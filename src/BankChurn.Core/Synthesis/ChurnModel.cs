namespace BankChurn.Core.Synthesis;

/// <summary>
/// The probability that a synthetic client churns: a logistic model over the generator's features. It started as
/// the logistic regression data/calibrate.py fits to the real table (Newton's method; fitted values in brackets)
/// and was then hand-tuned on 200,000 synthetic rows, because the synthetic features are less entangled than the
/// real ones and the raw fit over- or under-shoots some marginals (churn under 25, over 4 products, by balance).
/// The target is churn by every feature level near the real figures, reached through the same dependencies rather
/// than by fixing each marginal separately.
/// </summary>
internal static class ChurnModel
{
    /// <summary>Tuned so that the base month churns 18.2 % like the real table [−2.908].</summary>
    private const double Intercept = -3.45;
    private const double Male = 1.08;                 // [0.990]
    private const double Products2 = 0.029;           // [0.029]
    private const double Products3 = 0.55;            // [0.678]
    private const double Products4Plus = 1.85;        // [1.370]
    private const double CreditCard = -0.75;          // [−0.446]
    private const double Active = 1.131;              // [1.131]
    private const double BalanceMissing = -3.5;       // [−3.914]

    /// <summary>
    /// Per unit of ln(balance) above 13 (442 k) [a plain slope on ln(balance) − 13 of 0.375]: real churn is flat at
    /// 15–19 % over the lower half of balances and climbs to 49 % in the top decile, which a hinge follows better.
    /// </summary>
    private const double LogBalanceAbove13 = 0.9;

    /// <summary>Per point of equity, capped at 7 [−0.004]: steepens churn by equity, which the real table carries partly through features the generator does not model.</summary>
    private const double Equity = 0.10;
    private const double AgeUnder25 = -0.25;          // [0.461]
    private const double Age25To35 = 0.494;           // [0.494]
    private const double Age50To60 = 0.95;            // [0.743]
    private const double Age61Plus = -0.999;          // [−0.999]
    private const double ScoreUnder750 = -1.3;        // [−0.494]
    private const double Score750To829 = -0.3;        // [not in the fit]
    private const double Score830To910 = 0.5;         // [0.653]
    private const double Score911Plus = 0.2;          // [not in the fit]
    private const double Rybinsk = -0.265;            // [−0.265]

    /// <summary>The churn probability of row <paramref name="row"/>, with the month's <paramref name="drift"/> added to the log-odds.</summary>
    public static double Probability(SyntheticColumns c, int row, ChurnDrift drift)
    {
        double x = Intercept + drift.Overall;
        if (c.Age[row] < 36) x += drift.Young;
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
