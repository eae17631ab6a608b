using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class SegmentQualityTests
{
    // Base: 100 clients, 20 churned (p = 0.2). Segment: 20 clients, 10 churned → (20/100)·(0.5 − 0.2) = 0.06.
    [Fact]
    public void Retention_IsWeightedRelativeAccuracy() =>
        Assert.Equal(0.06, SegmentQuality.Retention(20, 10, 100, 20), 12);

    [Fact]
    public void Retention_TimesBase_IsExcessChurners() =>
        Assert.Equal(10 - 20 * 0.2, SegmentQuality.Retention(20, 10, 100, 20) * 100, 12);

    [Theory]
    [InlineData(100, 20, 0)]   // the whole base
    [InlineData(0, 0, 0)]      // an empty segment
    public void Retention_NoDeparture_IsZero(int clients, int churned, double expected) =>
        Assert.Equal(expected, SegmentQuality.Retention(clients, churned, 100, 20), 12);

    // Segment: 40 clients, 2 churned (p_s = 0.05), holding 600 of a base value of 1000 (avg 15 vs 10):
    // (40/100)·((1 − 0.05) − (1 − 0.2))·(15/10) = 0.4·0.15·1.5 = 0.09 = (0.2 − 0.05)·600/1000.
    [Fact]
    public void Acquisition_IsLoyaltyGainWeightedByValue() =>
        Assert.Equal(0.09, SegmentQuality.Acquisition(40, 2, 600, 100, 20, 1000), 12);

    [Fact]
    public void Acquisition_NoValueInBase_FallsBackToLoyaltyWRAcc() =>
        Assert.Equal(0.4 * 0.15, SegmentQuality.Acquisition(40, 2, 0, 100, 20, 0), 12);

    [Fact]
    public void Acquisition_SegmentChurningMore_IsNegative() =>
        Assert.True(SegmentQuality.Acquisition(40, 20, 600, 100, 20, 1000) < 0);

    [Fact]
    public void Retention_MoreChurnedThanClients_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentQuality.Retention(5, 6, 100, 20));
}
