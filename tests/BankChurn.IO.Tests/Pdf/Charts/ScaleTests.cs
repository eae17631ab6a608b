using BankChurn.Core.Report.Charts;
using BankChurn.IO.Pdf;
using BankChurn.IO.Pdf.Charts;

namespace BankChurn.IO.Tests.Pdf.Charts;

public class ScaleTests
{
    [Theory]
    [InlineData(0.23, 0.5)]
    [InlineData(0.07, 0.1)]
    [InlineData(0.1, 0.1)]
    [InlineData(13, 20)]
    [InlineData(2_400_000, 5_000_000)]
    [InlineData(0.0012, 0.002)]
    public void NiceStep_IsOneTwoOrFiveTimesAPowerOfTen(double rough, double expected) =>
        Assert.Equal(expected, Scale.NiceStep(rough), 12);

    [Fact]
    public void Nice_Shares_StartAtZeroAndStopAtAWholeTick()
    {
        Scale scale = Scale.Nice(0, 0.19, 5, extend: true);

        Assert.Equal(0, scale.Min);
        Assert.Equal(0.2, scale.Max, 12);
        Assert.Equal([0, 0.05, 0.1, 0.15, 0.2], scale.Ticks.Select(t => Math.Round(t, 12)));
    }

    [Fact]
    public void Nice_AllZero_StillHasARange()
    {
        Scale scale = Scale.Nice(0, 0, 5, extend: true, 100, 0);

        Assert.Equal(0, scale.Min);
        Assert.True(scale.Max > 0);
        Assert.Equal(100, scale.Map(0));
    }

    [Fact]
    public void Nice_WithoutExtend_KeepsTheDataRange_TicksInside()
    {
        Scale scale = Scale.Nice(18, 86, 7, extend: false);

        Assert.Equal((18.0, 86.0), (scale.Min, scale.Max));
        Assert.Equal([20.0, 30, 40, 50, 60, 70, 80], scale.Ticks.ToArray());
    }

    [Fact]
    public void Map_IsLinear()
    {
        Scale scale = Scale.Nice(0, 1, 5, extend: true, 400, 100);

        Assert.Equal(400, scale.Map(0), 9);
        Assert.Equal(100, scale.Map(1), 9);
        Assert.Equal(250, scale.Map(0.5), 9);
    }

    [Theory]
    [InlineData("ru", 0.15, 0.05, ValueAxis.Percent, "15 %")]
    [InlineData("ru", 0.025, 0.005, ValueAxis.Percent, "2,5 %")]
    [InlineData("en", 0.15, 0.05, ValueAxis.Percent, "15%")]
    [InlineData("ru", 1_500_000, 500_000, ValueAxis.Money, "1,5 млн ₽")]
    [InlineData("ru", 40_000, 20_000, ValueAxis.Money, "40 тыс. ₽")]
    [InlineData("ru", 12_500, 2_500, ValueAxis.Integer, "12 500")]
    [InlineData("ru", -0.1, 0.1, ValueAxis.Decimal, "-0,1")]
    [InlineData("ru", -0.00000001, 0.1, ValueAxis.Decimal, "0,0")]
    public void Tick_ShowsOnlyTheDecimalsItsStepNeeds(string language, double value, double step, ValueAxis axis, string expected) =>
        Assert.Equal(expected, AxisText.Tick(CellText.For(language), value, step, axis).Replace('\u00A0', ' '));

    [Fact]
    public void Value_IsFormattedLikeTables() =>
        Assert.Equal("1 250 000 ₽", AxisText.Value(CellText.For("ru"), 1_250_000, ValueAxis.Money).Replace('\u00A0', ' '));
}
