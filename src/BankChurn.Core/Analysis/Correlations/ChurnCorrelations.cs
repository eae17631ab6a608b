using System.Collections.Immutable;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Correlations;

/// <summary>Churn against every analysed column, each with the method that fits the pair.</summary>
public static class ChurnCorrelations
{
    /// <summary>The whole block: churn against every column, the phi_K matrix over the columns and churn, and the ranking by phi_K.</summary>
    public static CorrelationFindings Assess(ClientTable table, ImmutableArray<string> columns, PhiKBinning binning) =>
        Assess(new ColumnIndex(table), columns, binning);

    /// <summary><see cref="Assess(ClientTable, ImmutableArray{string}, PhiKBinning)"/> on the index's table, reading its sorted columns and groupings.</summary>
    public static CorrelationFindings Assess(ColumnIndex index, ImmutableArray<string> columns, PhiKBinning binning)
    {
        ArgumentNullException.ThrowIfNull(index);
        ClientTable table = index.Table;
        PhiKMatrix matrix = PhiKCorrelation.Matrix(index, [.. columns, ClientSchema.Churn], binning);
        ImmutableArray<DriverRank> ranking =
        [
            .. columns
                .Select(c => matrix[c, ClientSchema.Churn])
                .Zip(columns, (result, column) => (result, column))
                .OrderByDescending(p => p.result.Value).ThenBy(p => p.column, StringComparer.Ordinal)
                .Select((p, i) => new DriverRank(i + 1, p.column, p.result.Value, p.result.Significance, p.result.PValue)),
        ];
        return new CorrelationFindings(WithChurn(index, columns), matrix, ranking);
    }

    /// <summary>
    /// Numeric and ordered columns (score, age, equity, balance, products, est_salary): Spearman's rank correlation with
    /// average ranks for ties, which needs no normality and no linearity, only an order. 0/1 columns (credit_card,
    /// last_activity): the point-biserial coefficient, which for two binary variables is the phi coefficient.
    /// Categories (city, gender): Cramér's V from the chi-square test of independence (no continuity correction).
    /// Missing values are dropped per column.
    /// </summary>
    public static ImmutableArray<ChurnCorrelation> WithChurn(ClientTable table, IEnumerable<string> columns) =>
        WithChurn(new ColumnIndex(table), columns);

    /// <summary>
    /// <see cref="WithChurn(ClientTable, IEnumerable{string})"/> on the index's table: Spearman's ranks of a column come
    /// from its one sorted order instead of a sort of their own.
    /// </summary>
    public static ImmutableArray<ChurnCorrelation> WithChurn(ColumnIndex index, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(index);
        ClientTable table = index.Table;
        RowSet all = table.AllRows;
        var result = ImmutableArray.CreateBuilder<ChurnCorrelation>();
        foreach (string column in columns)
        {
            if (table.CategoryColumns.ContainsKey(column))
            {
                ColumnGroups groups = index.Groups(column);
                var observed = new long[groups.Levels.Length, 2];
                int n = 0;
                for (int row = 0; row < groups.Codes.Length; row++)
                {
                    int code = groups.Codes[row];
                    if (code < 0) continue;
                    observed[code, table.Churned.Contains(row) ? 1 : 0]++;
                    n++;
                }
                ContingencyTest test = ChiSquare.Independence(observed);
                result.Add(new ChurnCorrelation(column, "cramers_v", n, test.CramersV, test.PValue,
                    test.DegreesOfFreedom == 0 ? Degeneracy.NoVariance : Degeneracy.None));
                continue;
            }
            NumericColumn values = table.Numeric(column);
            bool binary = ClientSchema.Find(column) is { Binary: true };
            CorrelationTest correlation;
            if (binary)
            {
                PairedSample pairs = Samples.Flagged(table.Churned, values, all);
                correlation = Correlation.PointBiserial(pairs.X, pairs.Y);
            }
            else
            {
                // Spearman of (churn flag, value) from the two rank arrays alone: the pairs themselves are never built.
                double[] ranks = RanksOf(index, column, values);
                correlation = Correlation.SpearmanOfRanks(FlagRanks(table.Churned, values.Missing), ranks);
            }
            result.Add(new ChurnCorrelation(column, binary ? "point_biserial" : "spearman", correlation.N, correlation.Coefficient, correlation.PValue, correlation.Degeneracy));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The average ranks of a column's present values, in row order: counted in one pass for narrow-range whole numbers
    /// (products, equity), otherwise read from the column's sorted order, which the drivers share; sorting a column just
    /// for this block would keep it in the index for nothing.
    /// </summary>
    private static double[] RanksOf(ColumnIndex index, string column, NumericColumn values)
    {
        double[] present = Samples.Values(values, index.Table.AllRows);
        return IntegerValues.TryRange(present, out _, out _) ? Ranks.Average(present) : index.Sorted(column).RanksInRowOrder();
    }

    /// <summary>
    /// The average ranks of the 0/1 churn flags of the rows not in <paramref name="missing"/>, in row order, as
    /// <see cref="Ranks.Average(ReadOnlySpan{double})"/> ranks them: the n0 zeros share rank (n0 + 1)/2 and the n1 ones
    /// n0 + (n1 + 1)/2.
    /// </summary>
    internal static double[] FlagRanks(RowSet churned, RowSet missing)
    {
        int n = churned.Capacity - missing.Count, ones = churned.Count - churned.CountAnd(missing), zeros = n - ones;
        double zero = (zeros + 1) / 2.0, one = zeros + (ones + 1) / 2.0;
        var ranks = new double[n];
        ReadOnlySpan<ulong> flags = churned.Words, gaps = missing.Words;
        for (int row = 0, at = 0; row < churned.Capacity; row++)
            if ((gaps[row >> 6] >> (row & 63) & 1) == 0)
                ranks[at++] = (flags[row >> 6] >> (row & 63) & 1) != 0 ? one : zero;
        return ranks;
    }
}
