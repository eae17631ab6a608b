using System.Collections.Immutable;
using BankChurn.Core.Clients;
using MathNet.Numerics;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// The φK correlation coefficient (Baak, Koopman, Snoek, Klous 2018, "A new correlation coefficient between categorical,
/// ordinal and interval variables with Pearson characteristics"), reproducing the reference phik library.
/// φK is the correlation ρ of a bivariate normal that, binned onto the pair's r × c grid, would give the table's
/// Pearson χ²; χ² at or below the noise pedestal (the degrees of freedom) gives 0. It suits every mix of types, is 0 for
/// independence and 1 for a one-to-one relation, and for two binned normals it approximates |ρ|.
/// Named PhiKCorrelation rather than PhiK so that callers in BankChurn.Core.Analysis do not collide with this namespace.
/// </summary>
public static class PhiKCorrelation
{
    /// <summary>The library's Brent tolerance on ρ; its figures are the iterate at which brentq stops with it.</summary>
    public const double RhoTolerance = 1e-5;

    /// <summary>φK of two coded columns of equal length: codes ≥ 0 are levels, negative codes are missing and the row is left out.</summary>
    public static PhiKResult Pair(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(y.Length, x.Length);
        int xLevels = 0, yLevels = 0;
        foreach (int code in x) xLevels = Math.Max(xLevels, code + 1);
        foreach (int code in y) yLevels = Math.Max(yLevels, code + 1);
        return FromTable(PairCounts.Count(x, xLevels, y, yLevels));
    }

    /// <summary>φK of two groupings of the same table (rows missing in either are left out).</summary>
    public static PhiKResult Pair(ColumnGroups x, ColumnGroups y) => Pair(x.Codes, y.Codes);

    /// <summary>
    /// φK and its significance from a table of counts. Empty rows and columns are dropped; a table left with fewer than
    /// two rows or columns is undefined (<see cref="PhiKResult.IsDefined"/>) and reported as 0.
    /// </summary>
    public static PhiKResult FromTable(long[,] counts)
    {
        ContingencyCounts table = ContingencyCounts.Of(counts);
        if (table.Rows < 2 || table.Cols < 2)
            return PhiKResult.Undefined(table.Rows, table.Cols, table.Total);
        double chi2 = table.PearsonChiSquare();
        int dof = table.Dof;
        double value = FromChiSquare(chi2, table.Total, table.Rows, table.Cols, pedestal: dof);
        // Significance as the library's asymptotic method: the G statistic against χ²(dof), as a one-sided Z.
        double p = dof == 0 ? 1 : ChiSquare.UpperTail(table.LikelihoodRatio(), dof);
        return new PhiKResult(value, ZOf(p), p, chi2, table.Rows, table.Cols, table.Total);
    }

    /// <summary>
    /// The correlation ρ ∈ [0, 1] whose binned bivariate normal gives Pearson χ² = <paramref name="chi2"/> for
    /// <paramref name="n"/> records on a <paramref name="rows"/> × <paramref name="cols"/> table (phik's phik_from_chi2):
    /// 0 at or below the pedestal, 1 at or above the largest possible χ², n · (min(r, c) − 1); otherwise the root of
    /// <see cref="ChiSquareFromRho"/> − χ² found by SciPy's brentq on [0, 1] with xtol 1e-5.
    /// </summary>
    public static double FromChiSquare(double chi2, long n, int rows, int cols, double pedestal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(pedestal);
        if (double.IsNaN(chi2)) throw new ArgumentOutOfRangeException(nameof(chi2), "χ² is NaN.");
        double chi2Max = (double)n * (Math.Min(rows, cols) - 1);
        if (chi2 >= chi2Max) return 1;
        if (chi2 <= pedestal) return 0;
        var grid = new BinnedNormal(rows, cols);
        double scale = Scale(grid, n, pedestal);
        return BrentRoot.Find(rho => ChiSquareFromRho(grid, rho, n, scale, pedestal) - chi2, 0, 1, RhoTolerance);
    }

    /// <summary>
    /// The χ² implied by correlation <paramref name="rho"/> (phik's chi2_from_phik): the pedestal plus n · Σ (p_ρ − p₀)² / p₀
    /// over the binned normal, scaled so that ρ = 1 reaches n · (min(r, c) − 1) exactly.
    /// </summary>
    public static double ChiSquareFromRho(double rho, long n, int rows, int cols, double pedestal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rho);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rho, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var grid = new BinnedNormal(rows, cols);
        return ChiSquareFromRho(grid, rho, n, Scale(grid, n, pedestal), pedestal);
    }

    /// <summary>φK for every pair of <paramref name="columns"/> of <paramref name="table"/> (canonical names; "churn" is the flag).</summary>
    public static PhiKMatrix Matrix(ClientTable table, IReadOnlyList<string> columns, PhiKBinning binning) =>
        Matrix(new ColumnIndex(table), columns, binning);

    /// <summary><see cref="Matrix(ClientTable, IReadOnlyList{string}, PhiKBinning)"/> on the index's table, quantile bins from its sorted columns.</summary>
    public static PhiKMatrix Matrix(ColumnIndex index, IReadOnlyList<string> columns, PhiKBinning binning)
    {
        ArgumentNullException.ThrowIfNull(index);
        // Each column is coded, summarised for the diagonal and re-coded as bytes one at a time, so that only the byte
        // codes (a quarter of the int codes, 1 MB per million rows) are held for the pairs. Only when some column has too
        // many levels for a byte are the int codes of every column kept, as the pairs with it need them (the two
        // counts give the same table).
        int k = columns.Count;
        var levels = new int[k];
        var bytes = new byte[]?[k];
        var cells = new PhiKResult[k, k];
        for (int i = 0; i < k; i++)
        {
            CodedColumn column = PhiKColumns.Code(index, columns[i], binning);
            levels[i] = column.Levels;
            cells[i, i] = Self(column);
            bytes[i] = PairCounts.AsBytes(column);
        }
        int[][]? codes = Array.TrueForAll(bytes, b => b is not null)
            ? null
            : [.. columns.Select(name => PhiKColumns.Code(index, name, binning).Codes)];
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                long[,] counts = codes is null
                    ? PairCounts.Count(bytes[i]!, levels[i], bytes[j]!, levels[j])
                    : PairCounts.Count(codes[i], levels[i], codes[j], levels[j]);
                cells[i, j] = FromTable(counts);
                // The same table read the other way round: rows and columns swap, every figure stays.
                cells[j, i] = cells[i, j] with { Rows = cells[i, j].Cols, Cols = cells[i, j].Rows };
            }
        }
        ImmutableArray<ImmutableArray<PhiKResult>> rows =
            [.. Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Select(j => cells[i, j]).ToImmutableArray())];
        return new PhiKMatrix([.. columns], rows, binning);
    }

    /// <summary>The one-sided Z of a p-value, Φ⁻¹(1 − p), computed as √2 · erfc⁻¹(2p) to keep tiny p-values' digits.</summary>
    internal static double ZOf(double p)
    {
        double clamped = Math.Clamp(p, PhiKResult.SmallestPValue, Math.BitDecrement(1.0));
        return Constants.Sqrt2 * SpecialFunctions.ErfcInv(2 * clamped);
    }

    private static double Scale(BinnedNormal grid, long n, double pedestal)
    {
        double chi2Max = (double)n * (Math.Min(grid.Rows, grid.Cols) - 1);
        return (chi2Max - pedestal) / (n * grid.UnitChiSquareAtOne);
    }

    private static double ChiSquareFromRho(BinnedNormal grid, double rho, long n, double scale, double pedestal) =>
        pedestal + n * grid.UnitChiSquare(rho) * scale;

    /// <summary>A column against itself: 1 by definition (as the library sets the diagonal), and as significant as can be shown.</summary>
    private static PhiKResult Self(CodedColumn column)
    {
        var present = new long[column.Levels];
        foreach (int code in column.Codes)
            if (code >= 0) present[code]++;
        int levels = present.Count(c => c > 0);
        long n = present.Sum();
        return levels >= 2
            ? new PhiKResult(1, ZOf(0), 0, (double)n * (levels - 1), levels, levels, n)
            : new PhiKResult(1, 0, 1, 0, levels, levels, n);
    }
}
