using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Clients;

public class RowSetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(130)]
    public void All_Not_ClearsTheTailBeyondCapacity(int capacity)
    {
        RowSet all = RowSet.All(capacity);
        Assert.Equal(capacity, all.Count);
        Assert.Equal(0, all.Not().Count);
        Assert.Equal(capacity, RowSet.Empty(capacity).Not().Count);
    }

    [Fact]
    public void SetOperations_AgreeWithLinq()
    {
        var a = RowSet.Where(200, r => r % 3 == 0);
        var b = RowSet.Where(200, r => r % 5 == 0);
        int[] both = [.. Enumerable.Range(0, 200).Where(r => r % 15 == 0)];
        Assert.Equal(both, a.And(b));
        Assert.Equal(both.Length, a.CountAnd(b));
        Assert.Equal(Enumerable.Range(0, 200).Count(r => r % 3 == 0 || r % 5 == 0), a.Or(b).Count);
        Assert.Equal(Enumerable.Range(0, 200).Where(r => r % 3 == 0 && r % 5 != 0), a.AndNot(b));
        Assert.Equal(Enumerable.Range(0, 200).Count(r => r % 3 == 0 && r % 5 == 0 && r % 2 == 0), a.CountAnd(b, RowSet.Where(200, r => r % 2 == 0)));
    }

    [Fact]
    public void ForEach_VisitsMembersInOrder()
    {
        var set = RowSet.Where(300, r => r is 0 or 63 or 64 or 299);
        var seen = new List<int>();
        set.ForEach(seen.Add);
        Assert.Equal([0, 63, 64, 299], seen);
    }

    [Fact]
    public void Combine_DifferentCapacities_Throws() =>
        Assert.Throws<ArgumentException>(() => RowSet.All(10).And(RowSet.All(11)));
}
