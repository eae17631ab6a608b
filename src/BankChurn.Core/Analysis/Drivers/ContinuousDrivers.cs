using System.Collections.Immutable;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>SPEC analysis block 3 without the rank test: distributions of churned vs retained, churn by quantile bin, churn-prone ranges.</summary>
public static class ContinuousDrivers
{
    /// <summary>One <see cref="ContinuousDriver"/> per column, in the order given, churn-prone bins judged over all of them together.</summary>
    public static ImmutableArray<ContinuousDriver> Of(ClientTable table, IEnumerable<string> columns, int quantileBins, double proneAlpha)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Of(new ColumnIndex(table), columns, quantileBins, proneAlpha, ChurnRate.Of("all", table.RowCount, table.Churned.Count));
    }

    /// <summary><see cref="Of(ClientTable, IEnumerable{string}, int, double)"/> on the index's table, reading its sorted columns and bins.</summary>
    public static ImmutableArray<ContinuousDriver> Of(ColumnIndex index, IEnumerable<string> columns, int quantileBins, double proneAlpha, ChurnRate overall) =>
        MarkProne([.. columns.Select(column => Binned(index, column, quantileBins, overall))], proneAlpha, overall);

    /// <summary>
    /// The driver record of one numeric column, its churn-prone bins judged within the column alone (see
    /// <see cref="MarkProne"/>); the analysis judges all its columns together.
    /// </summary>
    public static ContinuousDriver Of(ClientTable table, string column, int quantileBins, double proneAlpha, ChurnRate overall) =>
        MarkProne([Binned(new ColumnIndex(table), column, quantileBins, overall)], proneAlpha, overall)[0];

    /// <summary>
    /// Marks the churn-prone bins of several columns as one family and merges them into ranges. A bin is churn-prone when
    /// it churns significantly more than the rest of the base (<see cref="ChurnProneBins"/>: a one-sided test per bin,
    /// Holm over every bin of every column given), so that a month without real differences shows no churn-prone range
    /// in all but about <paramref name="proneAlpha"/> of cases, however many columns and bins are looked at.
    /// </summary>
    public static ImmutableArray<ContinuousDriver> MarkProne(IReadOnlyList<ContinuousDriver> drivers, double proneAlpha, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(proneAlpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(proneAlpha, 1);
        (double[] adjusted, bool[] prone) = ChurnProneBins.Judge([.. drivers.SelectMany(d => d.Bins.Select(b => b.PValue))], proneAlpha);
        int next = 0;
        var marked = ImmutableArray.CreateBuilder<ContinuousDriver>(drivers.Count);
        foreach (ContinuousDriver driver in drivers)
        {
            ImmutableArray<QuantileBin> bins = [.. driver.Bins.Select(b => b with
            {
                PAdjusted = adjusted[next],
                Prone = overall.Churned > 0 && prone[next++],
            })];
            marked.Add(driver with { Bins = bins, ProneRanges = ProneRanges(driver.Column, bins, overall) });
        }
        return marked.MoveToImmutable();
    }

    /// <summary>
    /// The driver record of one numeric column on the index's table (reading its sorted column and bins), each bin with
    /// its one-sided p-value and no bin yet churn-prone: <see cref="MarkProne"/> judges them.
    /// </summary>
    public static ContinuousDriver Binned(ColumnIndex index, string column, int quantileBins, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(overall);
        ClientTable table = index.Table;
        NumericColumn values = table.Numeric(column);
        RowSet churn = table.Churned;
        // The churned and retained values, each ascending, picked from the column's one sorted order.
        (double[] churnedValues, double[] retainedValues) = index.Sorted(column).Split(churn);
        NumericSummary? churned = NumericSummary.Of(churnedValues), retained = NumericSummary.Of(retainedValues);

        ColumnGroups groups = index.Groups(column, quantileBins);
        int levels = groups.Levels.Length;
        var clients = new int[levels];
        var leavers = new int[levels];
        var min = new double[levels];
        var max = new double[levels];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        int missing = 0, missingChurned = 0;
        for (int row = 0; row < groups.Codes.Length; row++)
        {
            int code = groups.Codes[row];
            bool left = churn.Contains(row);
            if (code < 0)
            {
                missing++;
                if (left) missingChurned++;
                continue;
            }
            clients[code]++;
            if (left) leavers[code]++;
            double value = values.Values[row];
            if (value < min[code]) min[code] = value;
            if (value > max[code]) max[code] = value;
        }

        var bins = ImmutableArray.CreateBuilder<QuantileBin>(levels);
        for (int i = 0; i < levels; i++)
        {
            if (clients[i] == 0)
                continue; // a bin between tied cut points that holds nobody
            ChurnRate rate = ChurnRate.Of(groups.Levels[i].Label, clients[i], leavers[i]);
            bins.Add(new QuantileBin(groups.Levels[i], min[i], max[i], rate, ChurnOverview.Lift(rate.Rate, overall), false)
            {
                PValue = ChurnProneBins.PValue(clients[i], leavers[i], overall.Clients, overall.Churned),
            });
        }
        return new ContinuousDriver(column, churned, retained, bins.ToImmutable(), [], ChurnRate.Of(ChurnOverview.MissingLabel, missing, missingChurned));
    }

    /// <summary>Runs of adjacent churn-prone bins, each merged into one range with the clients and churners of its bins.</summary>
    public static ImmutableArray<ChurnRange> ProneRanges(string column, ImmutableArray<QuantileBin> bins, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        var ranges = ImmutableArray.CreateBuilder<ChurnRange>();
        int i = 0;
        while (i < bins.Length)
        {
            if (!bins[i].Prone)
            {
                i++;
                continue;
            }
            int start = i, clients = 0, churned = 0;
            for (; i < bins.Length && bins[i].Prone; i++)
            {
                clients += bins[i].Churn.Clients;
                churned += bins[i].Churn.Churned;
            }
            double rate = (double)churned / clients;
            ranges.Add(new ChurnRange(column, bins[start].Min, bins[i - 1].Max, clients, churned,
                Proportions.WilsonInterval(churned, clients), ChurnOverview.Lift(rate, overall)));
        }
        return ranges.ToImmutable();
    }
}
