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
        ContingencyCounts counts = ContingencyCounts.Of(observed);
        if (counts.Rows < 2 || counts.Cols < 2)
            return new ContingencyTest(0, 0, 1, 0, counts.Total);
        double statistic = counts.PearsonChiSquare(yates: false);
        int dof = (counts.Rows - 1) * (counts.Cols - 1);
        double v = Math.Sqrt(statistic / (counts.Total * (Math.Min(counts.Rows, counts.Cols) - 1)));
        return new ContingencyTest(statistic, dof, UpperTail(statistic, dof), Math.Min(1, v), counts.Total);
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
