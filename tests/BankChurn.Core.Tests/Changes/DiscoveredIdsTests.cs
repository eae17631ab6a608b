using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Changes;

public class DiscoveredIdsTests
{
    [Fact]
    public void For_SameConditionsInAnyOrderAndSpacing_GivesTheSameId()
    {
        string a = DiscoveredIds.For(SegmentGoal.Retention, ["gender == 'М'", "balance >= 1000000"]);
        string b = DiscoveredIds.For(SegmentGoal.Retention, ["balance  >= 1000000", "gender == 'М'"]);
        Assert.Equal(a, b);
        Assert.Matches("^found_retention_[0-9a-f]{8}$", a);
    }

    [Fact]
    public void For_OtherThresholdOrGoal_GivesAnotherId()
    {
        string a = DiscoveredIds.For(SegmentGoal.Retention, ["balance >= 1000000"]);
        Assert.NotEqual(a, DiscoveredIds.For(SegmentGoal.Retention, ["balance >= 1100000"]));
        Assert.NotEqual(a, DiscoveredIds.For(SegmentGoal.Acquisition, ["balance >= 1000000"]));
    }

    // Pinned so that a change of the hash (which would rename every discovered segment across months) is noticed.
    // Expected: /usr/bin/python3 -c "h=2166136261
    //   for b in 'products >= 3'.encode(): h=((h^b)*16777619)&0xffffffff
    //   print(format(h,'08x'))"
    [Fact]
    public void For_IsTheFnv1aOfTheNormalizedRule()
    {
        Assert.Equal("found_acquisition_" + Expected, DiscoveredIds.For(SegmentGoal.Acquisition, ["products >= 3"]));
    }

    private const string Expected = "eafa5aaf";
}
