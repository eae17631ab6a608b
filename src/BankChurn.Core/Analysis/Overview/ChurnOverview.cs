using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Overview;

/// <summary>SPEC analysis block 2: churn share by level of each categorical column, with intervals, lift and a chi-square test.</summary>
public static class ChurnOverview
{
    /// <summary>The label of the level holding clients without a value.</summary>
    public const string MissingLabel = "missing";

    /// <summary>One <see cref="FeatureChurn"/> per column, in the order given.</summary>
    public static ImmutableArray<FeatureChurn> ByFeature(ClientTable table, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ChurnRate overall = ChurnRate.Of("all", table.RowCount, table.Churned.Count);
        return [.. columns.Select(column => Of(table, column, overall))];
    }

    /// <summary>
    /// Churn by level of <paramref name="column"/>. Categories are taken by level and whole-number columns by value
    /// (<see cref="ColumnGroups.Of"/>). Clients without a value form their own level, which also enters the chi-square
    /// test: missingness can itself be informative (the real table's missing balances), and leaving them out would test
    /// a different population from the one the table shows. Levels no client has are dropped.
    /// </summary>
    public static FeatureChurn Of(ClientTable table, string column, ChurnRate overall) => Of(new ColumnIndex(table), column, overall);

    /// <summary><see cref="Of(ClientTable, string, ChurnRate)"/> with the grouping shared through the index.</summary>
    public static FeatureChurn Of(ColumnIndex index, string column, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(overall);
        ClientTable table = index.Table;
        ColumnGroups groups = index.Groups(column);
        int levels = groups.Levels.Length;
        var clients = new int[levels + 1];   // the last slot counts missing values
        var churned = new int[levels + 1];
        RowSet churn = table.Churned;
        int[] codes = groups.Codes;
        for (int row = 0; row < codes.Length; row++)
        {
            int slot = codes[row] < 0 ? levels : codes[row];
            clients[slot]++;
            if (churn.Contains(row)) churned[slot]++;
        }

        var found = new List<FeatureLevel>();
        for (int level = 0; level < levels; level++)
            if (clients[level] > 0)
                found.Add(Level(groups.Levels[level], false, clients[level], churned[level], overall));
        bool numeric = !table.CategoryColumns.ContainsKey(column);
        IEnumerable<FeatureLevel> ordered = numeric
            ? found
            : found.OrderByDescending(l => l.Churn.Clients).ThenBy(l => l.Level.Label, StringComparer.Ordinal);
        ImmutableArray<FeatureLevel> result = clients[levels] > 0
            ? [.. ordered, Level(new GroupLevel(MissingLabel), true, clients[levels], churned[levels], overall)]
            : [.. ordered];

        var observed = new long[result.Length, 2];
        for (int i = 0; i < result.Length; i++)
        {
            observed[i, 0] = result[i].Churn.Churned;
            observed[i, 1] = result[i].Churn.Clients - result[i].Churn.Churned;
        }
        return new FeatureChurn(column, result, ChiSquare.Independence(observed));
    }

    private static FeatureLevel Level(GroupLevel level, bool missing, int clients, int churned, ChurnRate overall)
    {
        ChurnRate rate = ChurnRate.Of(level.Label, clients, churned);
        return new FeatureLevel(level, missing, rate, Lift(rate.Rate, overall));
    }

    /// <summary>A share over the overall share; null when nobody churned, since every ratio would be 0/0.</summary>
    public static double? Lift(double rate, ChurnRate overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        return overall.Churned == 0 ? null : rate / overall.Rate;
    }
}
