namespace BankChurn.Core.Analysis;

/// <summary>
/// An r × c table of counts with its all-zero rows and columns removed (the library builds its tables with a
/// group-by, so levels that never occur in the pair do not exist there either), and the statistics the chi-square test
/// of independence and φK need.
/// </summary>
internal sealed class ContingencyCounts
{
    private readonly double[,] _observed;
    private readonly double[,] _expected;

    private ContingencyCounts(double[,] observed, double[,] expected, long total)
    {
        _observed = observed;
        _expected = expected;
        Total = total;
    }

    public int Rows => _observed.GetLength(0);

    public int Cols => _observed.GetLength(1);

    public long Total { get; }

    public static ContingencyCounts Of(long[,] counts)
    {
        int rows = counts.GetLength(0), cols = counts.GetLength(1);
        var rowTotals = new long[rows];
        var colTotals = new long[cols];
        long total = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                long cell = counts[r, c];
                ArgumentOutOfRangeException.ThrowIfNegative(cell);
                rowTotals[r] += cell;
                colTotals[c] += cell;
                total += cell;
            }
        int[] liveRows = [.. Enumerable.Range(0, rows).Where(r => rowTotals[r] > 0)];
        int[] liveCols = [.. Enumerable.Range(0, cols).Where(c => colTotals[c] > 0)];
        var observed = new double[liveRows.Length, liveCols.Length];
        var expected = new double[liveRows.Length, liveCols.Length];
        for (int i = 0; i < liveRows.Length; i++)
            for (int j = 0; j < liveCols.Length; j++)
            {
                observed[i, j] = counts[liveRows[i], liveCols[j]];
                // scipy.stats.contingency.expected_freq: row total × column total / n.
                expected[i, j] = (double)rowTotals[liveRows[i]] * colTotals[liveCols[j]] / total;
            }
        return new ContingencyCounts(observed, expected, total);
    }

    /// <summary>
    /// Degrees of freedom as the library's estimate_simple_ndof counts them: (r − 1)(c − 1) less the cells whose
    /// expectation is zero (none once empty rows and columns are gone, but the rule is kept), never below 0.
    /// </summary>
    public int Dof
    {
        get
        {
            int zeros = 0;
            foreach (double e in _expected)
                if (e == 0) zeros++;
            return Math.Max(0, (Rows - 1) * (Cols - 1) - zeros);
        }
    }

    /// <summary>
    /// Pearson's χ²; with <paramref name="yates"/>, Yates' correction on a 2 × 2 table (scipy.stats.chi2_contingency's
    /// default, which φK follows); without it, the plain statistic (correction=False).
    /// </summary>
    public double PearsonChiSquare(bool yates = true) => Sum(static (o, e) => (o - e) * (o - e) / e, yates);

    /// <summary>The log-likelihood ratio G = 2 Σ O ln(O / E), with the same Yates adjustment of O that SciPy applies to it.</summary>
    public double LikelihoodRatio() => Sum(static (o, e) => o == 0 ? 0 : 2 * o * Math.Log(o / e), yates: true);

    private double Sum(Func<double, double, double> term, bool yates)
    {
        double sum = 0;
        // SciPy moves each observed count half a unit towards its expectation (never past it) when dof = 1.
        yates = yates && Rows == 2 && Cols == 2;
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Cols; j++)
            {
                double o = _observed[i, j], e = _expected[i, j];
                if (yates)
                    o += Math.Sign(e - o) * Math.Min(0.5, Math.Abs(e - o));
                sum += term(o, e);
            }
        return sum;
    }
}
