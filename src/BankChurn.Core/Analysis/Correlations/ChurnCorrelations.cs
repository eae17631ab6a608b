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
        PhiKMatrix matrix = PhiKCorrelation.Matrix(table, [.. columns, ClientSchema.Churn], binning);
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
            PairedSample pairs = Samples.Flagged(table.Churned, values, all);
            bool binary = ClientSchema.Find(column) is { Binary: true };
            CorrelationTest correlation = binary
                ? Correlation.PointBiserial(pairs.X, pairs.Y)
                : Correlation.SpearmanOfRanks(Ranks.Average(pairs.X), RanksOf(index, column, pairs.Y));
            result.Add(new ChurnCorrelation(column, binary ? "point_biserial" : "spearman", correlation.N, correlation.Coefficient, correlation.PValue, correlation.Degeneracy));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The average ranks of a column's present values (<paramref name="present"/>, in row order): counted in one pass
    /// for narrow-range whole numbers (products, equity), otherwise read from the column's sorted order, which the
    /// drivers share; sorting a column just for this block would keep it in the index for nothing.
    /// </summary>
    private static double[] RanksOf(ColumnIndex index, string column, double[] present) =>
        IntegerValues.TryRange(present, out _, out _) ? Ranks.Average(present) : index.Sorted(column).RanksInRowOrder();
}
