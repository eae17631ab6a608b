using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Synthesis;

/// <summary>
/// Makes a synthetic client table with the real table's schema, Cyrillic values, marginals, dependencies and
/// defects (missing balances and ages, duplicated ids, a client with no products), calibrated to the figures in
/// <see cref="Calibration"/>. The same <see cref="SynthOptions"/> always give the same table.
/// </summary>
public static class SyntheticClients
{
    public static ClientTable Generate(SynthOptions options)
    {
        if (options.Rows < 0)
            throw new InputException(ProblemKind.Usage, new SourceLocation("command line", Field: "--rows"),
                $"{options.Rows} rows cannot be generated.", "Give a row count of 0 or more.");
        if (options.MonthOffset < 0)
            throw new InputException(ProblemKind.Usage, new SourceLocation("command line", Field: "--months"),
                $"month offset {options.MonthOffset} is negative.", "Give 0 for the base month or a later month.");

        int n = options.Rows;
        var draws = new Draws(new Random(options.Seed));
        var columns = new SyntheticColumns(n);
        for (int row = 0; row < n; row++)
            ClientSampler.Draw(draws, columns, row);
        long nextId = AssignIds(draws, columns);
        PairDuplicateIds(draws, columns);
        RowSet noAge = PickRows(draws, n, (int)Math.Round(n * Calibration.MissingAgeShare));
        RowSet noProducts = PickRows(draws, n, n / Calibration.RowsPerZeroProductClient);

        ChurnDrift drift = MonthlyDrift.Apply(columns, options, nextId);

        var churned = new RowSet(n);
        for (int row = 0; row < n; row++)
            if (columns.ChurnDraw[row] < ChurnModel.Probability(columns, row, drift))
                churned.Add(row);
        // A client who has closed every product is on the way out: the real table's one such client churned.
        noProducts.ForEach(row =>
        {
            columns.Products[row] = 0;
            churned.Add(row);
        });
        // Ages go missing after churn is drawn, as in an extract where the field was simply not filled in.
        noAge.ForEach(row => columns.Age[row] = double.NaN);
        return ToTable(columns, churned);
    }

    /// <summary>Increasing 6-digit ids with random gaps like the real ones (fewer gaps when the rows would not fit in 6 digits), then shuffled. Returns an id above all of them.</summary>
    private static long AssignIds(Draws draws, SyntheticColumns columns)
    {
        int n = columns.Rows;
        long room = Calibration.LastSixDigitId - Calibration.FirstUserId;
        int meanGap = (int)Math.Clamp(n == 0 ? 1 : room / n, 1, Calibration.MeanIdGap);
        long id = Calibration.FirstUserId;
        for (int row = 0; row < n; row++)
        {
            columns.UserIds[row] = id;
            id += 1 + draws.Index(2 * meanGap - 1);
        }
        for (int row = n - 1; row > 0; row--)
        {
            int other = draws.Index(row + 1);
            (columns.UserIds[row], columns.UserIds[other]) = (columns.UserIds[other], columns.UserIds[row]);
        }
        return id;
    }

    /// <summary>
    /// Gives a Рыбинск client the id of a Ярославль client, as in the real table, where all 73 repeated ids are
    /// such pairs (likely two branches' numbering schemes colliding). Each id is repeated at most once.
    /// </summary>
    private static void PairDuplicateIds(Draws draws, SyntheticColumns columns)
    {
        int n = columns.Rows;
        int[] perCity = new int[Calibration.Cities.Length];
        foreach (int city in columns.City)
            perCity[city]++;
        int pairs = Math.Min((int)Math.Round(n * Calibration.DuplicateIdShare), Math.Min(perCity[0], perCity[1]) / 2);
        var used = new RowSet(n);
        for (int pair = 0; pair < pairs; pair++)
        {
            int first = RowInCity(draws, columns, used, 0);
            int second = RowInCity(draws, columns, used, 1);
            columns.UserIds[second] = columns.UserIds[first];
        }
    }

    private static int RowInCity(Draws draws, SyntheticColumns columns, RowSet used, int city)
    {
        while (true)
        {
            int row = draws.Index(columns.Rows);
            if (columns.City[row] == city && !used.Contains(row))
            {
                used.Add(row);
                return row;
            }
        }
    }

    /// <summary><paramref name="count"/> distinct random rows.</summary>
    private static RowSet PickRows(Draws draws, int rows, int count)
    {
        var picked = new RowSet(rows);
        for (int i = 0; i < Math.Min(count, rows); i++)
        {
            int row;
            do row = draws.Index(rows);
            while (picked.Contains(row));
            picked.Add(row);
        }
        return picked;
    }

    private static ClientTable ToTable(SyntheticColumns c, RowSet churned)
    {
        int n = c.Rows;
        var lines = new int[n];
        for (int row = 0; row < n; row++)
            lines[row] = row + 2; // the header is line 1
        var numeric = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            Numeric(ClientSchema.Score, c.Score),
            Numeric(ClientSchema.Age, c.Age),
            Numeric(ClientSchema.Equity, c.Equity),
            Numeric(ClientSchema.Balance, c.Balance),
            Numeric(ClientSchema.Products, c.Products),
            Numeric(ClientSchema.CreditCard, c.CreditCard),
            Numeric(ClientSchema.LastActivity, c.LastActivity),
            Numeric(ClientSchema.EstSalary, c.EstSalary),
        });
        var categories = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create(ClientSchema.City, new CategoryColumn(ClientSchema.City, c.City, [.. Calibration.Cities])),
            KeyValuePair.Create(ClientSchema.Gender, new CategoryColumn(ClientSchema.Gender, c.Gender, [.. Calibration.Genders])),
        });
        return new ClientTable(c.UserIds, numeric, categories, churned, lines);
    }

    private static KeyValuePair<string, NumericColumn> Numeric(string name, double[] values)
    {
        var missing = new RowSet(values.Length);
        for (int row = 0; row < values.Length; row++)
            if (double.IsNaN(values[row]))
                missing.Add(row);
        return KeyValuePair.Create(name, new NumericColumn(name, values, missing));
    }
}
