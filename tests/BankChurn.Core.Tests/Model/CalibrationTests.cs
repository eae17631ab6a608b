using BankChurn.Core.Model;

namespace BankChurn.Core.Tests.Model;

public class CalibrationTests
{
    // Expected: sklearn.isotonic.IsotonicRegression(out_of_bounds="clip").fit([1,2,3,4,5,6], [0,1,0,1,1,1]).predict(...)
    // = [0, 0.5, 0.5, 1, 1, 1] at the training points; between pooled blocks this class interpolates between block centres.
    [Fact]
    public void Isotonic_PoolsViolators()
    {
        IsotonicCalibration fit = IsotonicCalibration.Fit([1, 2, 3, 4, 5, 6], [false, true, false, true, true, true]);
        Assert.Equal(0, fit.Apply(1), 1e-12);
        Assert.Equal(0.5, fit.Apply(2.5), 1e-12);
        Assert.Equal(1, fit.Apply(5), 1e-12);
        Assert.Equal(0, fit.Apply(-10), 1e-12);
        Assert.Equal(1, fit.Apply(10), 1e-12);
        Assert.True(fit.Apply(3.5) is > 0.5 and < 1);
    }

    [Fact]
    public void Deciles_CoverEveryRowOnce()
    {
        double[] p = [.. Enumerable.Range(0, 95).Select(i => i / 100.0)];
        bool[] churned = [.. Enumerable.Range(0, 95).Select(i => i % 3 == 0)];
        var bins = ChurnModeling.Deciles(p, churned);
        Assert.Equal(10, bins.Length);
        Assert.Equal(95, bins.Sum(b => b.Clients));
        Assert.True(bins.Zip(bins.Skip(1)).All(pair => pair.First.Predicted <= pair.Second.Predicted));
    }

    [Fact]
    public void Brier_HandChecked()
    {
        // (0.2-0)^2 + (0.6-1)^2 = 0.04 + 0.16, over 2 rows.
        Assert.Equal(0.1, ChurnModeling.Brier([0.2, 0.6], [false, true]), 1e-12);
    }
}
