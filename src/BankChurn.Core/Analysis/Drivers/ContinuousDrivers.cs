using System.Collections.Immutable;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Clients;
using MathNet.Numerics.Distributions;

namespace BankChurn.Core.Analysis.Drivers;

/// <summary>SPEC analysis block 3 without the rank test: distributions of churned vs retained, churn by quantile bin, churn-prone ranges.</summary>
public static class ContinuousDrivers
{
    /// <summary>One <see cref="ContinuousDriver"/> per column, in the order given.</summary>
    public static ImmutableArray<ContinuousDriver> Of(ClientTable table, IEnumerable<string> columns, int quantileBins, double proneAlpha)
    {
        ArgumentNullException.ThrowIfNull(table);
        ChurnRate overall = ChurnRate.Of("all", table.RowCount, table.Churned.Count);
        return [.. columns.Select(column => Of(table, column, quantileBins, proneAlpha, overall))];
    }

    /// <summary>
    /// The driver record of one numeric column. A bin is churn-prone when the lower end of its two-sided (1 − α) Wilson
    /// interval lies above the overall churn share of the whole table (missing values included): a one-sided test at α/2
    /// of "this bin churns more than average". With ten bins this is not corrected for multiplicity; the ranges are a
    /// screening device for segment discovery, which applies its own correction, and the report shows every interval.
    /// </summary>
    public static ContinuousDriver Of(ClientTable table, string column, int quantileBins, double proneAlpha, ChurnRate overall) =>
        Of(new ColumnIndex(table), column, quantileBins, proneAlpha, overall);

    /// <summary><see cref="Of(ClientTable, string, int, double, ChurnRate)"/> on the index's table, reading its sorted column and bins.</summary>
    public static ContinuousDriver Of(ColumnIndex index, string column, int quantileBins, double proneAlpha, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(proneAlpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(proneAlpha, 1);
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

        double z = Normal.InvCDF(0, 1, 1 - proneAlpha / 2);
        var bins = ImmutableArray.CreateBuilder<QuantileBin>(levels);
        for (int i = 0; i < levels; i++)
        {
            if (clients[i] == 0)
                continue; // a bin between tied cut points that holds nobody
            ChurnRate rate = ChurnRate.Of(groups.Levels[i].Label, clients[i], leavers[i]);
            bool prone = overall.Churned > 0 && Proportions.WilsonInterval(leavers[i], clients[i], z).Low > overall.Rate;
            bins.Add(new QuantileBin(groups.Levels[i], min[i], max[i], rate, ChurnOverview.Lift(rate.Rate, overall), prone));
        }
        ImmutableArray<QuantileBin> all = bins.ToImmutable();
        return new ContinuousDriver(column, churned, retained, all, ProneRanges(column, all, overall), ChurnRate.Of(ChurnOverview.MissingLabel, missing, missingChurned));
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
