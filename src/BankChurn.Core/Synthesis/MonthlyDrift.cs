namespace BankChurn.Core.Synthesis;

/// <summary>
/// Turns the base month into month <c>k</c> with the kind of change a bank sees from one month to the next:
/// <list type="bullet">
/// <item>the churn share moves by a point or two (a random walk of the log-odds, each step 0.05–0.12 either way);</item>
/// <item>churn among clients under 36 wanders more on top of that (steps of 0.15–0.35: a competitor's app campaign comes
/// and goes), so segments built on age move visibly while others hardly do;</item>
/// <item>the client mix shifts: about 2.5 % of clients a month leave the extract, dormant one-product clients twice as
/// often as others, and the newcomers who replace them are younger and more often active;</item>
/// <item>balances grow a little.</item>
/// </list>
/// Every random draw comes from generators seeded by the seed alone and is made in the same order whatever <c>k</c> is,
/// so month <c>k + 1</c> is month <c>k</c> plus one more month of change rather than an unrelated table.
/// </summary>
internal static class MonthlyDrift
{
    /// <summary>Share of the base month's clients replaced per month (before the per-client weight), up to a cap.</summary>
    private const double ReplacedPerMonth = 0.025;
    private const double MaxReplaced = 0.30;

    /// <summary>Dormant one-product clients (no activity last month) leave the extract at this multiple of the others' rate.</summary>
    private const double DormantWeight = 2.0;
    private const double OtherWeight = 0.8;

    /// <summary>Newcomers: this share are 20–35 years old (rather than drawn from the base's ages), and this share are active whatever else.</summary>
    private const double YoungNewcomerShare = 0.4;
    private const double ActiveNewcomerShare = 0.3;

    /// <summary>Balances grow about 0.4 % a month (deposit interest and inflow), with a per-client spread.</summary>
    private const double MonthlyBalanceGrowth = 0.004;
    private const double BalanceSpreadPerMonth = 0.02;

    /// <summary>Monthly step of the churn log-odds (0.05–0.12 moves an 18 % share by about 0.7–1.8 pp), kept within ±0.25.</summary>
    private const double ChurnStepMin = 0.05;
    private const double ChurnStepMax = 0.12;
    private const double MaxChurnShift = 0.25;

    /// <summary>Monthly step of the extra log-odds of clients under 36, kept within ±0.6.</summary>
    private const double YoungStepMin = 0.15;
    private const double YoungStepMax = 0.35;
    private const double MaxYoungShift = 0.6;

    private const int WalkSalt = 0x2545F491;
    private const int ClientSalt = 0x5BD1E995;

    /// <summary>Changes <paramref name="columns"/> in place and returns the month's churn drift.</summary>
    public static ChurnDrift Apply(SyntheticColumns columns, SynthOptions options, long firstNewId)
    {
        int months = options.MonthOffset;
        if (months == 0)
            return ChurnDrift.None;

        var walk = new Random(unchecked(options.Seed ^ WalkSalt));
        double overall = 0, young = 0;
        for (int month = 1; month <= months; month++)
        {
            overall = Math.Clamp(overall + Step(walk, ChurnStepMin, ChurnStepMax), -MaxChurnShift, MaxChurnShift);
            young = Math.Clamp(young + Step(walk, YoungStepMin, YoungStepMax), -MaxYoungShift, MaxYoungShift);
        }

        var draws = new Draws(new Random(unchecked(options.Seed ^ ClientSalt)));
        var newcomer = new SyntheticColumns(1);
        double replacedShare = months * ReplacedPerMonth;
        double growth = Math.Pow(1 + MonthlyBalanceGrowth, months);
        double spread = BalanceSpreadPerMonth * Math.Sqrt(months);
        long newId = firstNewId;
        for (int row = 0; row < columns.Rows; row++)
        {
            double leaves = draws.Uniform();
            double ownGrowth = draws.Normal();
            // The weight depends on the base month's attributes only, so a client replaced in month k stays replaced later.
            bool dormant = columns.Products[row] == 1 && columns.LastActivity[row] == 0;
            double threshold = Math.Min(replacedShare * (dormant ? DormantWeight : OtherWeight), MaxReplaced);
            if (leaves < MaxReplaced)
            {
                // Drawn for every candidate, replaced or not this month, so that the draws stay aligned across months.
                ClientSampler.Draw(draws, newcomer, 0);
                double youngDraw = draws.Uniform(), youngAge = 20 + Math.Floor(draws.Uniform() * 16), activeDraw = draws.Uniform();
                if (youngDraw < YoungNewcomerShare) newcomer.Age[0] = youngAge;
                if (activeDraw < ActiveNewcomerShare) newcomer.LastActivity[0] = 1;
                long id = newId++;
                if (leaves < threshold)
                {
                    Copy(newcomer, columns, row);
                    columns.UserIds[row] = id;
                }
            }
            double balance = columns.Balance[row];
            if (!double.IsNaN(balance))
                columns.Balance[row] = Math.Round(balance * growth * Math.Exp(spread * ownGrowth), 2);
        }
        return new ChurnDrift(overall, young);
    }

    /// <summary>A step of random size in [min, max] and random sign.</summary>
    private static double Step(Random walk, double min, double max)
    {
        double size = min + (max - min) * walk.NextDouble();
        return walk.NextDouble() < 0.5 ? -size : size;
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
