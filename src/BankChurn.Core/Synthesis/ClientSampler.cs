namespace BankChurn.Core.Synthesis;

/// <summary>Draws one client's attributes in an order that follows the real table's dependencies: balance or not → gender, equity and products → card and activity → age → score, balance and salary sharing a wealth factor.</summary>
internal static class ClientSampler
{
    private const int ProductLevels = 5;
    private static readonly double[] CityCumulative = Draws.Cumulative(Calibration.CityShares);
    private static readonly double[] JointNoBalance = Flatten(Calibration.EquityProductsNoBalance);
    private static readonly double[] JointWithBalance = Flatten(Calibration.EquityProductsWithBalance);

    public static void Draw(Draws draws, SyntheticColumns columns, int row)
    {
        int city = draws.Category(CityCumulative);
        bool hasBalance = !draws.Chance(Calibration.NoBalanceShare);
        bool male = draws.Chance(hasBalance ? Calibration.MaleShareWithBalance : Calibration.MaleShareNoBalance);
        int cell = draws.Category(hasBalance ? JointWithBalance : JointNoBalance);
        int equity = cell / ProductLevels;
        int products = cell % ProductLevels + 1;

        double[] cardShare = hasBalance ? Calibration.CreditCardWithBalance : Calibration.CreditCardNoBalance;
        double cardLogit = Logit(cardShare[products - 1]) + (male ? Calibration.CreditCardMaleLogit : -Calibration.CreditCardMaleLogit);
        bool creditCard = draws.Chance(Logistic(cardLogit));
        bool active = draws.Chance(Calibration.ActiveByProducts[products - 1]);
        double age = Math.Round(Draws.FromQuantiles(male ? Calibration.AgeMale : Calibration.AgeFemale, draws.Uniform()));

        // One-factor Gaussian copula: score, balance and salary correlate through the shared factor while each keeps its own margin.
        double wealth = draws.Normal();
        double scoreLatent = Mix(Calibration.ScoreLoading, wealth, draws.Normal());
        double balanceLatent = Mix(Calibration.BalanceLoading, wealth, draws.Normal());
        double salaryLatent = Mix(Calibration.SalaryLoading, wealth, draws.Normal());
        double score = Math.Round(Draws.FromQuantiles(
            hasBalance ? Calibration.ScoreWithBalance : Calibration.ScoreNoBalance, Draws.NormalCdf(scoreLatent)));
        double salary = Draws.FromQuantiles(
            hasBalance ? Calibration.SalaryWithBalance : Calibration.SalaryNoBalance, Draws.NormalCdf(salaryLatent));
        double balance = hasBalance
            ? Math.Round(Math.Exp(Calibration.LogBalanceMean[equity] + Calibration.LogBalanceSd[equity] * balanceLatent), 2)
            : double.NaN;

        columns.City[row] = city;
        columns.Gender[row] = male ? 0 : 1;
        columns.Score[row] = score;
        columns.Age[row] = age;
        columns.Equity[row] = equity;
        columns.Balance[row] = balance;
        columns.Products[row] = products;
        columns.CreditCard[row] = creditCard ? 1 : 0;
        columns.LastActivity[row] = active ? 1 : 0;
        columns.EstSalary[row] = Math.Round(salary * Calibration.CitySalaryFactor[city], 2);
        columns.ChurnDraw[row] = draws.Uniform();
    }

    public static double Logit(double p) => Math.Log(p / (1 - p));

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static double Mix(double loading, double common, double own) =>
        loading * common + Math.Sqrt(1 - loading * loading) * own;

    private static double[] Flatten(int[,] counts)
    {
        var weights = new double[counts.GetLength(0) * counts.GetLength(1)];
        for (int e = 0; e < counts.GetLength(0); e++)
            for (int p = 0; p < counts.GetLength(1); p++)
                weights[e * counts.GetLength(1) + p] = counts[e, p];
        return Draws.Cumulative(weights);
    }
}
