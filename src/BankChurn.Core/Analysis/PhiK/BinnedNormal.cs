namespace BankChurn.Core.Analysis.PhiK;

/// <summary>
/// The phik library's reference distribution: a standard bivariate normal with correlation ρ, binned into an
/// r × c grid of equal cells over [−5, 5]² (edges numpy.linspace(−5, 5, r + 1) and (−5, 5, c + 1)). The outer cells
/// stop at ±5 as in the library; the mass beyond (3e-7 per side) is simply left out.
/// </summary>
internal sealed class BinnedNormal
{
    private readonly double[] _xEdges;
    private readonly double[] _yEdges;
    private readonly double[,] _independent;

    public BinnedNormal(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(cols, 2);
        Rows = rows;
        Cols = cols;
        _xEdges = Linspace(-5, 5, rows + 1);
        _yEdges = Linspace(-5, 5, cols + 1);
        _independent = Probabilities(0);
        // Scaled so that ρ = 1 gives the largest χ² a table of this shape can have, n · (min(r, c) − 1).
        UnitChiSquareAtOne = UnitChiSquare(1);
    }

    public int Rows { get; }

    public int Cols { get; }

    /// <summary>Σ (p₁ − p₀)² / p₀ at ρ = 1: the χ² per record of the fully correlated grid against independence.</summary>
    public double UnitChiSquareAtOne { get; }

    /// <summary>
    /// Σ (p_ρ − p₀)² / p₀ over the cells, p₀ the grid at ρ = 0 (the product of its marginals, which do not depend on ρ):
    /// the Pearson χ² per record implied by correlation <paramref name="rho"/>. Cells with p₀ = 0 are skipped, as the library does.
    /// </summary>
    public double UnitChiSquare(double rho)
    {
        double[,] p = Probabilities(rho);
        double sum = 0;
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Cols; j++)
            {
                double p0 = _independent[i, j];
                if (p0 == 0) continue;
                double d = p[i, j] - p0;
                sum += d * d / p0;
            }
        return sum;
    }

    /// <summary>Cell probabilities, each cell by inclusion–exclusion of upper tails at its corners, as mvnun does.</summary>
    public double[,] Probabilities(double rho)
    {
        var upper = new double[Rows + 1, Cols + 1];
        for (int i = 0; i <= Rows; i++)
            for (int j = 0; j <= Cols; j++)
                upper[i, j] = BivariateNormal.UpperTail(_xEdges[i], _yEdges[j], rho);
        var p = new double[Rows, Cols];
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Cols; j++)
                p[i, j] = upper[i, j] - upper[i + 1, j] - upper[i, j + 1] + upper[i + 1, j + 1];
        return p;
    }

    /// <summary>numpy.linspace(start, stop, count) bit for bit: i · step + start, with the last point set to stop.</summary>
    internal static double[] Linspace(double start, double stop, int count)
    {
        var edges = new double[count];
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count; i++)
            edges[i] = i * step + start;
        edges[^1] = stop;
        return edges;
    }
}
