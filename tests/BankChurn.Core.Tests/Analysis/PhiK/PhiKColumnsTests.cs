using System.Collections.Immutable;
using BankChurn.Core.Analysis.PhiK;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Tests.Analysis.PhiK;

public class PhiKColumnsTests
{
    [Fact]
    public void Uniform_BinsAreClosedOnTheLeft_AndTheMaximumStaysInTheLastBin()
    {
        // Edges 0, 1, …, 10: numpy.histogram-style bins [0, 1), [1, 2), …, [9, 10].
        NumericColumn column = NumericColumn.From("x", [0, 0.999, 1, 4.5, 5, 9.5, 10, null]);
        Assert.Equal([0, 0, 1, 4, 5, 9, 9, -1], PhiKColumns.Uniform(column).Codes);
    }

    [Fact]
    public void Uniform_ConstantColumn_PutsEveryoneInOneBin()
    {
        Assert.Equal([9, 9, -1], PhiKColumns.Uniform(NumericColumn.From("x", [3, 3, null])).Codes);
        Assert.Equal([-1, -1], PhiKColumns.Uniform(NumericColumn.From("x", [null, null])).Codes);
    }

    [Fact]
    public void Code_ChurnAndWholeNumberAndCategoryColumns()
    {
        var churned = new RowSet(4);
        churned.Add(1);
        var table = new ClientTable([1, 2, 3, 4],
            ImmutableDictionary<string, NumericColumn>.Empty.Add("products", NumericColumn.From("products", [1, 2, null, 5])),
            ImmutableDictionary<string, CategoryColumn>.Empty.Add("city", CategoryColumn.From("city", ["a", null, "b", "a"])),
            churned, [2, 3, 4, 5]);

        CodedColumn churn = PhiKColumns.Code(table, "churn", PhiKBinning.Uniform);
        Assert.Equal([0, 1, 0, 0], churn.Codes);
        Assert.Equal(2, churn.Levels);
        CodedColumn products = PhiKColumns.Code(table, "products", PhiKBinning.Uniform);
        Assert.Equal([0, 1, -1, 4], products.Codes); // by value (1, 2, 5 → value − 1), not in bins; 3 and 4 stay empty
        Assert.Equal(5, products.Levels);
        CodedColumn withMissing = PhiKColumns.Code(table, "city", PhiKBinning.QuantileWithMissing);
        Assert.Equal([0, 2, 1, 0], withMissing.Codes);
        Assert.Equal(3, withMissing.Levels);
        Assert.Equal([0, -1, 1, 0], PhiKColumns.Code(table, "city", PhiKBinning.Uniform).Codes);
    }
}
