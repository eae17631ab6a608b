using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Tests.Segments;

public class SubgroupSearchTests
{
    private static readonly ClientTable Table = SegmentTestTables.Synthetic(4_000, 5);

    private static ImmutableArray<Condition> Candidates(int minSize) =>
        CandidateConditions.Build(Table, new DiscoverySettings(MinSize: minSize, Bins: 4, MaxBinSpan: 1));

    [Theory]
    [InlineData(SegmentGoal.Retention, 3)]
    [InlineData(SegmentGoal.Acquisition, 3)]
    [InlineData(SegmentGoal.Retention, 2)]
    public void Beam_WideEnough_EqualsExhaustiveTopK(SegmentGoal goal, int depth)
    {
        ImmutableArray<Condition> candidates = Candidates(150);
        NumericColumn value = Table.Numeric(ClientSchema.EstSalary);
        var beam = new DiscoverySettings(MaxConditions: depth, MinSize: 150, BeamWidth: 100_000);
        ImmutableArray<Conjunction> fromBeam = SubgroupSearch.Run(candidates, Table.Churned, goal, value, beam, 25);
        ImmutableArray<Conjunction> fromAll = SubgroupSearch.Run(candidates, Table.Churned, goal, value, beam with { Mode = SearchMode.Exhaustive }, 25);
        Assert.Equal(25, fromAll.Length);
        Assert.Equal(fromAll.Select(c => c.RuleText), fromBeam.Select(c => c.RuleText));
        Assert.Equal(fromAll.Select(c => c.Quality), fromBeam.Select(c => c.Quality));
    }

    [Fact]
    public void Beam_Narrow_FindsValidConjunctions_BestFirst()
    {
        ImmutableArray<Condition> candidates = Candidates(200);
        var settings = new DiscoverySettings(MinSize: 200, BeamWidth: 3);
        ImmutableArray<Conjunction> found = SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Retention, null, settings, 50);
        Assert.NotEmpty(found);
        ImmutableArray<Conjunction> all = SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Retention, null,
            settings with { Mode = SearchMode.Exhaustive }, 1);
        Assert.True(found[0].Quality <= all[0].Quality + 1e-15);
        foreach (Conjunction c in found)
        {
            Assert.InRange(c.Conditions.Length, 1, 3);
            Assert.Equal(c.Conditions.Length, c.Conditions.Select(x => x.Column).Distinct().Count());
            RowSet rows = Redundancy.RowsOf(c.Conditions, (1 << c.Conditions.Length) - 1, Table.RowCount);
            Assert.Equal(rows.Count, c.Clients);
            Assert.Equal(rows.CountAnd(Table.Churned), c.Churned);
            Assert.True(c.Clients >= 200);
            Assert.Equal(SegmentQuality.Retention(c.Clients, c.Churned, Table.RowCount, Table.Churned.Count), c.Quality, 15);
        }
        Assert.True(found.Zip(found.Skip(1)).All(p => p.First.Quality > p.Second.Quality
            || (p.First.Quality == p.Second.Quality && string.CompareOrdinal(p.First.RuleText, p.Second.RuleText) < 0)));
    }

    [Fact]
    public void Acquisition_ValueFromBitPlanes_IsCloseToExactSum()
    {
        ImmutableArray<Condition> candidates = Candidates(300);
        NumericColumn value = Table.Numeric(ClientSchema.Balance);   // missing balances count as 0
        ImmutableArray<Conjunction> found = SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Acquisition, value,
            new DiscoverySettings(MinSize: 300), 10);
        Assert.NotEmpty(found);
        foreach (Conjunction c in found)
        {
            RowSet rows = Redundancy.RowsOf(c.Conditions, (1 << c.Conditions.Length) - 1, Table.RowCount);
            double exact = rows.Where(r => !value.IsMissing(r)).Sum(r => value.Values[r]);
            Assert.Equal(exact, c.Value, exact * 1e-4);
            Assert.True(c.Rate < (double)Table.Churned.Count / Table.RowCount);
        }
    }

    [Theory]
    [InlineData(SearchMode.Beam, 3, ClientSchema.EstSalary)]
    [InlineData(SearchMode.Beam, 20, ClientSchema.Balance)]
    [InlineData(SearchMode.Beam, 100_000, ClientSchema.EstSalary)]
    [InlineData(SearchMode.Exhaustive, 20, ClientSchema.Balance)]
    [InlineData(SearchMode.Beam, 20, ClientSchema.Score)]
    public void Acquisition_ValueCountedOnlyWhereItCanScore_GivesTheSameConjunctions(SearchMode mode, int width, string valueColumn)
    {
        ImmutableArray<Condition> candidates = Candidates(150);
        NumericColumn value = valueColumn == ClientSchema.Score
            ? new NumericColumn("score minus 700", [.. Table.Numeric(ClientSchema.Score).Values.Select(v => v - 700)], Table.Numeric(ClientSchema.Score).Missing)
            : Table.Numeric(valueColumn);   // balance: missing values count as 0; score − 700: negative values count everywhere
        var settings = new DiscoverySettings(MinSize: 150, BeamWidth: width, Mode: mode);
        ImmutableArray<Conjunction> shortcut = SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Acquisition, value, settings, 2_000, valueOfEveryNode: false);
        ImmutableArray<Conjunction> full = SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Acquisition, value, settings, 2_000, valueOfEveryNode: true);
        Assert.NotEmpty(full);
        Assert.Equal(full.Select(c => c.RuleText), shortcut.Select(c => c.RuleText));
        Assert.Equal(full.Select(c => c.Quality), shortcut.Select(c => c.Quality));
        Assert.Equal(full.Select(c => c.Value), shortcut.Select(c => c.Value));
    }

    [Fact]
    public void Run_IsDeterministic()
    {
        ImmutableArray<Condition> candidates = Candidates(200);
        var settings = new DiscoverySettings(MinSize: 200, BeamWidth: 5);
        string First() => string.Join("|", SubgroupSearch.Run(candidates, Table.Churned, SegmentGoal.Retention, null, settings, 30).Select(c => c.RuleText));
        Assert.Equal(First(), First());
    }

    [Fact]
    public void Run_NothingLargeEnough_IsEmpty() =>
        Assert.Empty(SubgroupSearch.Run(Candidates(200), Table.Churned, SegmentGoal.Retention, null, new DiscoverySettings(MinSize: 4_001), 10));

    [Fact]
    public void Run_NoChurners_FindsNothing()
    {
        ClientTable calm = SegmentTestTables.WithChurn(Table, new RowSet(Table.RowCount));
        Assert.Empty(SubgroupSearch.Run(Candidates(200), calm.Churned, SegmentGoal.Retention, null, new DiscoverySettings(MinSize: 200), 10));
    }
}
