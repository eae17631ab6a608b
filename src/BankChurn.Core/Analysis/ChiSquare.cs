using MathNet.Numerics;

namespace BankChurn.Core.Analysis;

/// <summary>Pearson's chi-square test of independence.</summary>
public static class ChiSquare
{
    /// <summary>
    /// Tests independence of rows and columns of <paramref name="observed"/> without a continuity correction
    /// (scipy.stats.chi2_contingency(correction=False)): Yates' correction is conservative and the groups here are large.
    /// Rows or columns that are all zero are dropped first, as they carry no information; a table that then has
    /// fewer than two rows or columns gives statistic 0, p = 1 and V = 0 rather than NaN.
    /// Cramér's V = sqrt(χ² / (n · (min(r, c) − 1))) (Cramér, 1946).
    /// </summary>
    public static ContingencyTest Independence(long[,] observed)
    {
        int rows = observed.GetLength(0), cols = observed.GetLength(1);
        var rowTotals = new long[rows];
        var colTotals = new long[cols];
        long total = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                long cell = observed[r, c];
                ArgumentOutOfRangeException.ThrowIfNegative(cell);
                rowTotals[r] += cell;
                colTotals[c] += cell;
                total += cell;
            }
        int[] liveRows = [.. Enumerable.Range(0, rows).Where(r => rowTotals[r] > 0)];
        int[] liveCols = [.. Enumerable.Range(0, cols).Where(c => colTotals[c] > 0)];
        if (liveRows.Length < 2 || liveCols.Length < 2)
            return new ContingencyTest(0, 0, 1, 0, total);

        double statistic = 0;
        foreach (int r in liveRows)
            foreach (int c in liveCols)
            {
                double expected = (double)rowTotals[r] * colTotals[c] / total;
                double diff = observed[r, c] - expected;
                statistic += diff * diff / expected;
            }
        int dof = (liveRows.Length - 1) * (liveCols.Length - 1);
        double v = Math.Sqrt(statistic / (total * (Math.Min(liveRows.Length, liveCols.Length) - 1)));
        return new ContingencyTest(statistic, dof, UpperTail(statistic, dof), Math.Min(1, v), total);
    }

    /// <summary>P(χ²_dof ≥ x), computed as the regularized upper incomplete gamma so that tiny p-values keep their digits.</summary>
    public static double UpperTail(double x, int dof)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dof, 1);
        if (x <= 0)
            return 1;
        return SpecialFunctions.GammaUpperRegularized(dof / 2.0, x / 2.0);
    }
}
