namespace BankChurn.Core.Synthesis;

/// <summary>
/// Turns the base month into month <c>k</c>: some clients leave the extract and new ones arrive, balances grow a
/// little, and the churn propensity wanders. Every random draw comes from generators seeded by the seed alone and
/// is made in the same order whatever <c>k</c> is, so month <c>k + 1</c> is month <c>k</c> plus one more month of
/// change rather than an unrelated table.
/// </summary>
internal static class MonthlyDrift
{
    /// <summary>Share of the base month's clients replaced per month, up to a cap (20 months' worth).</summary>
    private const double ReplacedPerMonth = 0.015;
    private const double MaxReplaced = 0.30;

    /// <summary>Balances grow about 0.4 % a month (deposit interest and inflow), with a per-client spread.</summary>
    private const double MonthlyBalanceGrowth = 0.004;
    private const double BalanceSpreadPerMonth = 0.02;

    /// <summary>Monthly step of the churn log-odds (±0.07 moves an 18 % share by about ±1 pp), kept within ±0.15 (±2 pp).</summary>
    private const double ChurnStep = 0.07;
    private const double MaxChurnShift = 0.15;

    private const int WalkSalt = 0x2545F491;
    private const int ClientSalt = 0x5BD1E995;

    /// <summary>Changes <paramref name="columns"/> in place and returns the shift of the churn log-odds for the month.</summary>
    public static double Apply(SyntheticColumns columns, SynthOptions options, long firstNewId)
    {
        int months = options.MonthOffset;
        if (months == 0)
            return 0;

        var walk = new Random(unchecked(options.Seed ^ WalkSalt));
        double shift = 0;
        for (int month = 1; month <= months; month++)
            shift = Math.Clamp(shift + (2 * walk.NextDouble() - 1) * ChurnStep, -MaxChurnShift, MaxChurnShift);

        var draws = new Draws(new Random(unchecked(options.Seed ^ ClientSalt)));
        var newcomer = new SyntheticColumns(1);
        double replacedShare = Math.Min(months * ReplacedPerMonth, MaxReplaced);
        double growth = Math.Pow(1 + MonthlyBalanceGrowth, months);
        double spread = BalanceSpreadPerMonth * Math.Sqrt(months);
        long newId = firstNewId;
        for (int row = 0; row < columns.Rows; row++)
        {
            double leaves = draws.Uniform();
            double ownGrowth = draws.Normal();
            if (leaves < MaxReplaced)
            {
                // Drawn for every candidate, replaced or not this month, so that the draws stay aligned across months.
                ClientSampler.Draw(draws, newcomer, 0);
                long id = newId++;
                if (leaves < replacedShare)
                {
                    Copy(newcomer, columns, row);
                    columns.UserIds[row] = id;
                }
            }
            double balance = columns.Balance[row];
            if (!double.IsNaN(balance))
                columns.Balance[row] = Math.Round(balance * growth * Math.Exp(spread * ownGrowth), 2);
        }
        return shift;
    }

    private static void Copy(SyntheticColumns from, SyntheticColumns to, int row)
    {
        to.City[row] = from.City[0];
        to.Gender[row] = from.Gender[0];
        to.Score[row] = from.Score[0];
        to.Age[row] = from.Age[0];
        to.Equity[row] = from.Equity[0];
        to.Balance[row] = from.Balance[0];
        to.Products[row] = from.Products[0];
        to.CreditCard[row] = from.CreditCard[0];
        to.LastActivity[row] = from.LastActivity[0];
        to.EstSalary[row] = from.EstSalary[0];
        to.ChurnDraw[row] = from.ChurnDraw[0];
    }
}
