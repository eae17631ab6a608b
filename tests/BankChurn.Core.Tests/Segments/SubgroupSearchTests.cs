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
    [InlineData(150, 0)]
    [InlineData(1, 1)]
    [InlineData(150, 2)]
    public void Evaluate_CountsByCells_EqualCountsOfTheIntersections(int minSize, int parentConditions)
    {
        ImmutableArray<Condition> candidates = Candidates(minSize);
        NumericColumn value = Table.Numeric(ClientSchema.Balance);
        var space = new SearchSpace(candidates, Table.Churned, value, minSize);
        var random = new Random(parentConditions);
        var work = new List<(ulong[]? Parent, int[] Indexes, int Added)>();
        var expected = new List<RowSet>();
        for (int k = 0; k < 300; k++)
        {
            int[] parent = [.. Enumerable.Range(0, parentConditions).Select(_ => random.Next(candidates.Length)).Distinct().Order()];
            int added = random.Next(candidates.Length);
            if (!space.Compatible(parent, added) || parent.Select(i => candidates[i].Column).Distinct().Count() < parent.Length) continue;
            RowSet parentRows = RowSet.All(Table.RowCount);
            foreach (int i in parent)
                parentRows = parentRows.And(candidates[i].Rows);
            work.Add((parent.Length == 0 ? null : parentRows.Words.ToArray(), [.. parent.Append(added).Order()], added));
            expected.Add(parentRows.And(candidates[added].Rows));
        }

        SearchNode?[] nodes = space.Evaluate(work);

        Assert.True(work.Count > 100);
        for (int k = 0; k < work.Count; k++)
        {
            RowSet rows = expected[k];
            if (rows.Count < minSize)
            {
                Assert.Null(nodes[k]);
                continue;
            }
            Assert.NotNull(nodes[k]);
            Assert.Equal(rows.Count, nodes[k]!.Clients);
            Assert.Equal(rows.CountAnd(Table.Churned), nodes[k]!.Churned);
            Assert.Equal(space.UnitsOf(rows), nodes[k]!.Units);
        }
    }

    [Fact]
    public void Evaluate_ColumnWithTooManyCellsForOneSet_IsSplitAndCountsStayExact()
    {
        // Nine conditions on one column that split the rows by the bits of the row number: 512 patterns, more than one
        // set of cells holds, so the search splits them; a second column gives each a parent.
        int n = Table.RowCount;
        Condition[] bits = [.. Enumerable.Range(0, 9).Select(b =>
            new Condition("age", ConditionKind.Range, b, null, [], RowSet.Where(n, row => ((row >> b) & 1) == 1)))];
        Condition[] others = [.. Enumerable.Range(0, 3).Select(k =>
            new Condition("score", ConditionKind.Range, k, null, [], RowSet.Where(n, row => row % 3 != k)))];
        Condition[] candidates = [.. bits, .. others];
        var space = new SearchSpace(candidates, Table.Churned, Table.Numeric(ClientSchema.EstSalary), 1);
        var work = new List<(ulong[]? Parent, int[] Indexes, int Added)>();
        for (int j = 0; j < bits.Length; j++)
            for (int p = 0; p < others.Length; p++)
                work.Add((others[p].Rows.Words.ToArray(), [j, bits.Length + p], j));

        SearchNode?[] nodes = space.Evaluate(work);

        for (int k = 0; k < work.Count; k++)
        {
            RowSet rows = candidates[work[k].Indexes[0]].Rows.And(candidates[work[k].Indexes[1]].Rows);
            Assert.Equal(rows.Count, nodes[k]!.Clients);
            Assert.Equal(rows.CountAnd(Table.Churned), nodes[k]!.Churned);
            Assert.Equal(space.UnitsOf(rows), nodes[k]!.Units);
        }
    }

    [Fact]
    public void Transpose_SwapsRowsAndColumnsOfABitMatrix()
    {
        var random = new Random(7);
        ulong[] matrix = [.. Enumerable.Range(0, 64).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1))];
        ulong[] transposed = [.. matrix];
        ConditionCells.Transpose(transposed);
        for (int i = 0; i < 64; i++)
            for (int j = 0; j < 64; j++)
                Assert.Equal((matrix[i] >> j) & 1, (transposed[j] >> i) & 1);
    }

    [Fact]
    public void Cells_TooManyPatterns_AreRefused()
    {
        // Eight conditions that split 1 000 rows by the bits of the row number: 256 patterns fit, a ninth bit does not.
        ulong[][] Bits(int count) => [.. Enumerable.Range(0, count).Select(b => RowSet.Where(1_000, row => ((row >> b) & 1) == 1).Words.ToArray())];
        var cells = new byte[1_000];
        Assert.Equal(256, ConditionCells.Of(Bits(8), 1_000, cells)!.Count);
        Assert.Equal(Enumerable.Range(0, 1_000).Select(row => row % 256).Distinct().Count(), cells.Distinct().Count());
        Assert.Null(ConditionCells.Of(Bits(9), 1_000, cells));
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
