using BankChurn.Core.Clients;
using BankChurn.Core.Synthesis;

namespace BankChurn.Core.Tests.Clients;

public class ClientTableFilterTests
{
    private static readonly ClientTable Table = SyntheticClients.Generate(new SynthOptions(1_000, 3));

    [Theory]
    [InlineData(0.0)]      // nothing kept
    [InlineData(0.01)]     // short runs
    [InlineData(0.5)]
    [InlineData(0.97)]     // long runs across word boundaries
    [InlineData(1.0)]      // everything kept
    public void Filter_KeepsExactlyTheChosenRowsInOrder(double share)
    {
        var random = new Random(7);
        RowSet keep = RowSet.Where(Table.RowCount, _ => random.NextDouble() < share);
        int[] rows = [.. keep];

        ClientTable kept = Table.Filter(keep);

        Assert.Equal(rows.Length, kept.RowCount);
        Assert.Equal(rows.Select(r => Table.UserIds[r]), kept.UserIds);
        Assert.Equal(rows.Select(r => Table.SourceLines[r]), kept.SourceLines);
        Assert.Equal(rows.Select(r => Table.Churned.Contains(r)), Enumerable.Range(0, rows.Length).Select(kept.Churned.Contains));
        foreach ((string name, NumericColumn column) in Table.NumericColumns)
        {
            Assert.Equal(rows.Select(r => column.Values[r]), kept.Numeric(name).Values);
            Assert.Equal(rows.Select(column.IsMissing), Enumerable.Range(0, rows.Length).Select(kept.Numeric(name).IsMissing));
        }
        foreach ((string name, CategoryColumn column) in Table.CategoryColumns)
        {
            Assert.Equal(rows.Select(r => column.Codes[r]), kept.Category(name).Codes);
            Assert.Equal(column.Levels, kept.Category(name).Levels);
        }
    }
}
