using BankChurn.Core.Analysis.PhiK;
using MathNet.Numerics.Distributions;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class BivariateNormalTests
{
    // Expected: SciPy 1.10.1 (Genz's deterministic BVN behind mvnun), printed with %.15g:
    // /usr/bin/python3 -c "from scipy.stats import multivariate_normal as m; print(m(cov=[[1,r],[r,1]]).cdf([x,y]))"
    [Theory]
    [InlineData(0.0, 0.0, 0.5, 0.333333333333333)]        // 1/4 + asin(ρ)/2π exactly
    [InlineData(0.3, -1.2, 0.2, 0.085332189130382)]       // 6-point rule
    [InlineData(1.5, 0.5, -0.6, 0.626135609450409)]       // 12-point rule, negative ρ
    [InlineData(-2.0, -1.0, 0.8, 0.0208595839322555)]     // 20-point rule
    [InlineData(2.5, -0.3, 0.95, 0.382088577811047)]      // |ρ| ≥ 0.925: the near-singular branch
    [InlineData(-1.0, 1.0, -0.99, 0.0136517190834627)]    // near-singular, negative ρ
    [InlineData(0.7, 0.7, 0.9999, 0.756274636123379)]
    [InlineData(-4.0, -4.5, 0.3, 1.14986908368966e-08)]   // deep lower tail keeps its digits
    [InlineData(1.0, 2.0, 0.0, 0.822204042081576)]        // independence: Φ(1)·Φ(2)
    public void Cdf_MatchesScipy(double x, double y, double rho, double expected)
    {
        double cdf = BivariateNormal.Cdf(x, y, rho);
        Assert.Equal(expected, cdf, tolerance: Math.Max(1e-12, expected * 1e-9));
    }

    [Theory]
    [InlineData(0.3, -0.4)]
    [InlineData(-1.5, 2.0)]
    [InlineData(1.0, 1.0)]
    public void Cdf_DegenerateCorrelations_FollowTheDiagonals(double x, double y)
    {
        // ρ = 1: Y = X, so P(X ≤ x, X ≤ y) = Φ(min); ρ = −1: Y = −X, so P(−y ≤ X ≤ x) = max(0, Φ(x) + Φ(y) − 1).
        Assert.Equal(Normal.CDF(0, 1, Math.Min(x, y)), BivariateNormal.Cdf(x, y, 1), 1e-15);
        Assert.Equal(Math.Max(0, Normal.CDF(0, 1, x) + Normal.CDF(0, 1, y) - 1), BivariateNormal.Cdf(x, y, -1), 1e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.93)]
    [InlineData(-0.97)]
    public void Box_OverTheWholePlane_IsOneAndCellsAreNonNegative(double rho)
    {
        Assert.Equal(1.0, BivariateNormal.Box(double.NegativeInfinity, double.PositiveInfinity,
            double.NegativeInfinity, double.PositiveInfinity, rho), 1e-15);
        double total = 0;
        for (double x = -6; x < 6; x += 0.5)
            for (double y = -6; y < 6; y += 0.5)
            {
                double cell = BivariateNormal.Box(x, x + 0.5, y, y + 0.5, rho);
                Assert.True(cell > -1e-15, $"cell ({x}, {y}) = {cell}");
                total += cell;
            }
        Assert.Equal(1.0, total, 1e-8);
    }

    [Fact]
    public void Cdf_IsSymmetricInItsArguments()
    {
        Assert.Equal(BivariateNormal.Cdf(0.4, -1.1, 0.6), BivariateNormal.Cdf(-1.1, 0.4, 0.6), 1e-15);
        Assert.Equal(BivariateNormal.Cdf(2.0, -0.5, -0.95), BivariateNormal.Cdf(-0.5, 2.0, -0.95), 1e-15);
    }

    [Fact]
    public void Cdf_CorrelationOutsideMinusOneToOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BivariateNormal.Cdf(0, 0, 1.01));
}
