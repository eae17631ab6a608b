using BankChurn.Core.Analysis.PhiK;

namespace BankChurn.Core.Tests.Analysis.PhiK;

/// <summary>
/// φK against the phik library. The library is not installable here; its figures on the real table were given with the
/// task, and the extra digits come from a line-by-line port of phik's phik_from_hist2d / phik_from_chi2 /
/// chi2_from_phik / bivariate_normal_theory onto SciPy 1.10.1 (mvn.mvnun, optimize.brentq(xtol=1e-5),
/// chi2_contingency), which reproduces every library figure below.
/// </summary>
public class PhiKCorrelationTests
{
    [Fact]
    public void ChiSquareFromRho_LibraryUnitCase_Is271point1606898()
    {
        // phik's own test: chi2_from_phik(0.5, 1000, nx=10, ny=10) == 271.1606898 (port: 271.1606897965411).
        double chi2 = PhiKCorrelation.ChiSquareFromRho(0.5, 1000, 10, 10, pedestal: 0);
        Assert.Equal(271.1606898, chi2, tolerance: 271.1606898 * 1e-7);
    }

    [Fact]
    public void FromChiSquare_LibraryUnitCase_GivesBackHalf()
    {
        // Port: phik_from_chi2(271.1606898, 1000, 10, 10) → 0.5000000010527513 (brentq's last iterate).
        Assert.Equal(0.5000000010527513, PhiKCorrelation.FromChiSquare(271.1606898, 1000, 10, 10, pedestal: 0), 1e-9);
    }

    // The real table (all 10,000 rows), tables as pandas crosstab prints them; φK as the phik library printed it.
    // Age is binned as phik bins an interval column (10 equal bins 18–86, 26 missing ages dropped).
    [Theory]
    [InlineData("gender", new long[] { 4358, 637, 3822, 1183 }, 2, 0.218799)]
    [InlineData("products", new long[] { 0, 1, 3106, 235, 4147, 979, 742, 297, 174, 300, 11, 8 }, 2, 0.441363)]
    [InlineData("age", new long[] { 205, 31, 1159, 352, 2185, 509, 1728, 281, 896, 185, 788, 324, 721, 119, 371, 15, 82, 3, 20, 0 }, 2, 0.191653)]
    [InlineData("city", new long[] { 1151, 266, 2258, 437, 4771, 1117 }, 2, 0.016811)]
    public void FromTable_RealTableAgainstChurn_MatchesPhikLibrary(string column, long[] cells, int cols, double expected)
    {
        PhiKResult result = PhiKCorrelation.FromTable(Table(cells, cols));
        Assert.True(Math.Abs(result.Value - expected) < 1e-6, $"{column}: φK {result.Value:R}, library {expected}");
    }

    // Port values (phik_from_hist2d, then chi2_contingency(lambda_="log-likelihood"), chi2.sf(G, ndof), -norm.ppf(p)).
    [Theory]
    [InlineData(new long[] { 4358, 637, 3822, 1183 }, 2, 0.2187986441654224, 198.181578928, 1.44186891088e-45, 14.1194153558)]
    [InlineData(new long[] { 0, 1, 3106, 235, 4147, 979, 742, 297, 174, 300, 11, 8 }, 2, 0.4413625207560884, 1016.99195734, 2.30866913699e-191, 29.4840006845)]
    [InlineData(new long[] { 50, 0, 0, 50 }, 2, 0.9994942209, 96.04, 1.496504947e-29, 11.22735604)]                  // Yates keeps a perfect 2 × 2 below 1
    [InlineData(new long[] { 20, 5, 3, 1, 4, 18, 6, 2, 1, 3, 12, 25 }, 4, 0.6098371988, 82.06040598, 1.823167732e-15, 7.866523057)]
    [InlineData(new long[] { 10, 12, 11, 9 }, 2, 0.0, 0.09545454545, 0.7573091383, -0.6976729901)]                     // below the pedestal
    [InlineData(new long[] { 1151, 266, 2258, 437, 4771, 1117 }, 2, 0.0168110739, 9.792360676, 0.006810098759, 2.467127172)]
    public void FromTable_MatchesPortOfLibrary(long[] cells, int cols, double phik, double chi2, double p, double z)
    {
        PhiKResult result = PhiKCorrelation.FromTable(Table(cells, cols));
        Assert.Equal(phik, result.Value, 1e-9);
        Assert.Equal(chi2, result.ChiSquare, chi2 * 1e-9);
        Assert.Equal(p, result.PValue, p * 1e-8);
        Assert.Equal(z, result.Significance, 1e-8);
    }

    [Fact]
    public void FromTable_DropsEmptyRowsAndColumns()
    {
        long[] cells = [20, 0, 5, 3, 0, 0, 0, 0, 4, 0, 18, 6];
        PhiKResult padded = PhiKCorrelation.FromTable(Table(cells, 4));
        PhiKResult compact = PhiKCorrelation.FromTable(Table([20, 5, 3, 4, 18, 6], 3));
        Assert.Equal(compact, padded);
        Assert.Equal((2, 3, 56L), (padded.Rows, padded.Cols, padded.N));
    }

    [Fact]
    public void FromTable_OneToOne_IsOne()
    {
        PhiKResult result = PhiKCorrelation.FromTable(Table([30, 0, 0, 0, 25, 0, 0, 0, 45], 3));
        Assert.Equal(1.0, result.Value);
        Assert.True(result.Significance > 10);
    }

    [Fact]
    public void FromTable_SingleLevel_IsUndefinedNotNaN()
    {
        PhiKResult result = PhiKCorrelation.FromTable(Table([12, 30, 0, 0], 2));
        Assert.False(result.IsDefined);
        Assert.Equal((0.0, 0.0, 1.0), (result.Value, result.Significance, result.PValue));
        PhiKResult empty = PhiKCorrelation.FromTable(new long[2, 2]);
        Assert.Equal((false, 0L), (empty.IsDefined, empty.N));
    }

    [Fact]
    public void FromChiSquare_InvertsChiSquareFromRho_OnARectangularTable()
    {
        // Port: chi2_from_phik(0.3, 500, nx=3, ny=4, pedestal=6) → 88.68718882086601; phik_from_chi2 of it → 0.29999754322057376.
        double chi2 = PhiKCorrelation.ChiSquareFromRho(0.3, 500, 3, 4, pedestal: 6);
        Assert.Equal(88.68718882086601, chi2, 1e-9);
        Assert.Equal(0.29999754322057376, PhiKCorrelation.FromChiSquare(chi2, 500, 3, 4, pedestal: 6), 1e-10);
    }

    [Fact]
    public void ChiSquareFromRho_RisesFromPedestalToTheMaximum()
    {
        double previous = PhiKCorrelation.ChiSquareFromRho(0, 800, 4, 5, pedestal: 12);
        Assert.Equal(12, previous, 1e-12);
        for (int tenths = 1; tenths <= 10; tenths++)
        {
            double rho = tenths / 10.0;
            double chi2 = PhiKCorrelation.ChiSquareFromRho(rho, 800, 4, 5, pedestal: 12);
            Assert.True(chi2 > previous, $"ρ = {rho}: {chi2} ≤ {previous}");
            previous = chi2;
        }
        Assert.Equal(800 * 3, previous, 1e-9); // ρ = 1 reaches n · (min(r, c) − 1)
    }

    [Theory]
    [InlineData(5.0, 0.0)]      // at the pedestal
    [InlineData(4000.0, 1.0)]   // above n · (min(r, c) − 1)
    public void FromChiSquare_OutsideTheCurve_IsClamped(double chi2, double expected) =>
        Assert.Equal(expected, PhiKCorrelation.FromChiSquare(chi2, 1000, 3, 6, pedestal: 10));

    [Fact]
    public void ZOf_IsFiniteForEveryPValue()
    {
        Assert.Equal(37.0471, PhiKCorrelation.ZOf(0), 1e-4);   // floored at p = 1e-300
        Assert.True(double.IsFinite(PhiKCorrelation.ZOf(1)));
        Assert.Equal(1.6448536269514722, PhiKCorrelation.ZOf(0.05), 1e-12); // scipy.stats.norm.isf(0.05)
    }

    internal static long[,] Table(long[] cells, int cols)
    {
        var table = new long[cells.Length / cols, cols];
        for (int i = 0; i < cells.Length; i++)
            table[i / cols, i % cols] = cells[i];
        return table;
    }
}
