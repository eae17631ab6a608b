namespace BankChurn.Core.Synthesis;

/*
 * Calibration of the synthetic client table. Figures are summary statistics of the real 10,000-row table
 * (../shared/data/bank_scrooge.csv, "Метанпромбанк", Ярославль region), as published in the three source
 * analyses and recomputed with pandas; data/calibrate.py prints them and refits the churn model. No row of the
 * real table is reproduced here.
 *
 *   rows 10,000; churn 18.2 %
 *   city            Ярославль 58.9 % (churn 19.0 %), Рыбинск 27.0 % (16.2 %), Ростов 14.2 % (18.8 %)
 *   gender          М 50.05 % (churn 23.6 %), Ж 49.95 % (12.8 %)
 *   age             18–86, quantiles 1/5/10/25/50/75/90/95/99 % = 23/26/29/33/40/51/61/65/73; women older
 *                   (mean 45.3 vs 40.1); 26 missing (0.26 %); churn by age peaks at 25–35 (20–24 %) and
 *                   50–60 (27 %), falls to 2–9 % after 60
 *   score           642–1000, median 853; churn 0 % below 700, 22–30 % for 830–890, 14 % above 950
 *   equity 0..9     25.9 / 7.7 / 10.5 / 15.4 / 18.5 / 19.2 / 1.6 / 0.8 / 0.2 / 0.1 %;
 *                   churn 3.5 / 12.0 / 15.8 / 20.9 / 25.1 / 30.1 / 36.0 / 46.3 / 35.3 / 53.8 %
 *   products 0..5   1 client / 33.4 / 51.3 / 10.4 / 4.7 / 0.2 %; churn – / 7.0 / 19.1 / 28.6 / 63.3 / 42.1 %
 *   credit_card     68.0 % have one; churn 14.7 % with, 25.6 % without
 *   last_activity   52.4 % active; churn 24.4 % active, 11.4 % inactive
 *   balance         missing for 22.95 %: 95.0 % of them equity 0, 5.0 % equity 1; 85.0 % one product,
 *                   13.7 % two; churn among them 0.57 % (23.5 % among the rest). Present: median 524 k,
 *                   log-normal by equity (median 134 k at equity 0 up to 853 k at equity 5); churn by balance
 *                   decile rises from 15–16 % to 49 % in the top decile
 *   est_salary      median 120 k (p1 17 k, p99 888 k); higher for clients without a balance (median 174 k);
 *                   median by city Ярославль 128 k, Рыбинск 113 k, Ростов 100 k
 *   user_id         6-digit, 94,561–229,145; 73 ids appear twice (0.73 % of rows), each pair one row in
 *                   Ярославль and one in Рыбинск
 *   rank correlations  score–balance 0.42, balance–salary 0.34, score–salary 0.25
 */

/// <summary>The figures the synthetic generator is calibrated to; see the comment block above for their source.</summary>
internal static class Calibration
{
    public static readonly string[] Cities = ["Ярославль", "Рыбинск", "Ростов"];
    public static readonly double[] CityShares = [0.5888, 0.2695, 0.1417];

    /// <summary>Salary level by city, relative to the whole bank (medians 128 k / 113 k / 100 k against 120 k).</summary>
    public static readonly double[] CitySalaryFactor = [1.06, 0.94, 0.83];

    public static readonly string[] Genders = ["М", "Ж"];

    /// <summary>Clients without a balance (debit-card-only clients, presumably): 22.95 % of the bank.</summary>
    public const double NoBalanceShare = 0.2295;

    /// <summary>Share of men among clients without and with a balance (55.9 % and 48.3 %).</summary>
    public const double MaleShareNoBalance = 0.5586;
    public const double MaleShareWithBalance = 0.4832;

    /// <summary>Joint counts of equity (rows 0..1; none higher) and products (columns 1..5) among clients without a balance.</summary>
    public static readonly int[,] EquityProductsNoBalance =
    {
        { 1852, 301, 27, 0, 0 },
        { 98, 14, 2, 0, 0 },
    };

    /// <summary>Joint counts of equity (rows 0..9) and products (columns 1..5) among clients with a balance.</summary>
    public static readonly int[,] EquityProductsWithBalance =
    {
        { 123, 246, 31, 12, 0 },
        { 157, 419, 69, 13, 2 },
        { 192, 709, 117, 32, 2 },
        { 288, 982, 199, 70, 3 },
        { 301, 1140, 275, 129, 5 },
        { 284, 1178, 280, 169, 7 },
        { 27, 80, 25, 29, 0 },
        { 16, 38, 10, 16, 0 },
        { 2, 11, 2, 2, 0 },
        { 1, 8, 2, 2, 0 },
    };

    /// <summary>Share with a credit card by products 1..5, for clients with and without a balance.</summary>
    public static readonly double[] CreditCardWithBalance = [0.925, 0.613, 0.350, 0.681, 0.95];
    public static readonly double[] CreditCardNoBalance = [0.820, 0.816, 0.552, 0.816, 0.816];

    /// <summary>Logit shift of owning a credit card for men (+) and women (−): 74 % against 62 % overall.</summary>
    public const double CreditCardMaleLogit = 0.27;

    /// <summary>Share active in the last month by products 1..5.</summary>
    public static readonly double[] ActiveByProducts = [0.528, 0.516, 0.417, 0.789, 0.895];

    /// <summary>Probability knots of every quantile table below.</summary>
    public static readonly double[] QuantileLevels = [0, 0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 1];

    public static readonly double[] AgeMale = [18, 22, 26, 28, 32, 38, 47, 56, 60, 67, 74];
    public static readonly double[] AgeFemale = [18, 23, 28, 30, 35, 43, 56, 64, 68, 75, 86];

    /// <summary>Score quantiles; clients without a balance are bimodal (a fifth near 650–710, the rest 870–990).</summary>
    public static readonly double[] ScoreNoBalance = [642, 652, 689, 708, 871, 903, 922, 941, 952, 970, 990];
    public static readonly double[] ScoreWithBalance = [689, 739, 761, 774, 801, 840, 882, 917, 940, 982, 1000];

    public static readonly double[] SalaryNoBalance = [20274, 36170, 64642, 82070, 120348, 174161, 240015, 381869, 727133, 1076875, 1333687];
    public static readonly double[] SalaryWithBalance = [2546, 16187, 29435, 40594, 67552, 106222, 155046, 207880, 251458, 553546, 1395064];

    /// <summary>Mean and standard deviation of ln(balance) by equity 0..9 among clients with a balance.</summary>
    public static readonly double[] LogBalanceMean = [11.51, 12.11, 12.67, 13.11, 13.43, 13.70, 13.39, 13.35, 13.50, 13.44];
    public static readonly double[] LogBalanceSd = [1.44, 1.17, 1.13, 1.02, 0.85, 0.73, 0.75, 0.77, 0.86, 0.70];

    /// <summary>
    /// Loadings of score, balance and salary on one shared "wealth" factor, so that the pairwise correlations come
    /// out near the real rank correlations: a·b ≈ 0.42, b·c ≈ 0.34, a·c ≈ 0.25.
    /// </summary>
    public const double ScoreLoading = 0.56;
    public const double BalanceLoading = 0.75;
    public const double SalaryLoading = 0.45;

    /// <summary>Real rates of the rarer defects: 0.26 % missing ages, 0.73 % of rows repeating another row's id, 1 client in 10,000 with no products.</summary>
    public const double MissingAgeShare = 0.0026;
    public const double DuplicateIdShare = 0.0073;
    public const int RowsPerZeroProductClient = 10_000;

    /// <summary>The real ids run from 94,561 to 229,145: about 13.5 id values per client.</summary>
    public const long FirstUserId = 94_561;
    public const int MeanIdGap = 13;
    public const long LastSixDigitId = 999_999;
}
