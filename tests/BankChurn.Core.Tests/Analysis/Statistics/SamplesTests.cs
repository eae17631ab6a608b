using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.Statistics;

public class SamplesTests
{
    private static readonly NumericColumn Balance = NumericColumn.From("balance", [10.0, null, 30.0, 40.0, null]);
    private static readonly NumericColumn Age = NumericColumn.From("age", [25.0, 35.0, null, 45.0, 55.0]);

    [Fact]
    public void Values_DropMissing_InRowOrder() =>
        Assert.Equal([10.0, 30.0, 40.0], Samples.Values(Balance, RowSet.All(5)));

    [Fact]
    public void Pairs_DropARowWhenEitherIsMissing()
    {
        PairedSample pairs = Samples.Pairs(Balance, Age, RowSet.All(5));
        Assert.Equal([10.0, 40.0], pairs.X);
        Assert.Equal([25.0, 45.0], pairs.Y);
        Assert.Equal(2, pairs.Count);
    }

    [Fact]
    public void Flagged_CodesMembershipAsZeroOne_WithinRows()
    {
        var churned = RowSet.Where(5, row => row is 0 or 4);
        var rows = RowSet.Where(5, row => row != 3);
        PairedSample pairs = Samples.Flagged(churned, Age, rows);
        Assert.Equal([1.0, 0.0, 1.0], pairs.X);
        Assert.Equal([25.0, 35.0, 55.0], pairs.Y);
    }
}
