using System.Collections.Immutable;
using BankChurn.Core.Analysis.Hypotheses;
using BankChurn.Core.Clients;
using BankChurn.Core.Rules;
using BankChurn.Core.Settings;
using BankChurn.Core.Tests.Analysis.Blocks;

namespace BankChurn.Core.Tests.Analysis.Hypotheses;

/// <summary>Verdicts follow direction and size: confirmed, opposite, negligible, not shown.</summary>
public class HypothesisVerdictTests
{
    private static readonly SourceLocation Where = new("test");

    // python3 -c "from statsmodels.stats.proportion import proportion_effectsize as h; print(h(738/1927,1081/8072), h(0.3,0.2), h(0.0,1.0), h(0.5,0.5))"
    // → 0.5852549195405543 0.2319842627257961 -3.141592653589793 0.0
    [Theory]
    [InlineData(738.0 / 1927, 1081.0 / 8072, 0.5852549195405543)]   // the real table's top balance quarter against the rest
    [InlineData(0.3, 0.2, 0.2319842627257961)]
    [InlineData(0.0, 1.0, -3.141592653589793)]
    [InlineData(0.5, 0.5, 0.0)]
    public void CohensH_MatchesStatsmodels(double a, double b, double expected) =>
        Assert.Equal(expected, HypothesisTesting.CohensH(a, b), 1e-12);

    [Theory]
    [InlineData(false, 0.9, HypothesisDirection.TwoSided, Verdict.NotShown)]
    [InlineData(true, 0.5, HypothesisDirection.TwoSided, Verdict.Confirmed)]
    [InlineData(true, -0.5, HypothesisDirection.TwoSided, Verdict.Confirmed)]
    [InlineData(true, 0.5, HypothesisDirection.AGreater, Verdict.Confirmed)]
    [InlineData(true, -0.5, HypothesisDirection.AGreater, Verdict.Opposite)]
    [InlineData(true, 0.5, HypothesisDirection.ALess, Verdict.Opposite)]
    [InlineData(true, -0.5, HypothesisDirection.ALess, Verdict.Confirmed)]
    [InlineData(true, 0.19, HypothesisDirection.AGreater, Verdict.Negligible)]   // size first: a tiny effect neither confirms nor refutes
    [InlineData(true, -0.19, HypothesisDirection.AGreater, Verdict.Negligible)]
    [InlineData(true, 0.2, HypothesisDirection.TwoSided, Verdict.Confirmed)]     // the minimum itself counts
    public void Judge_FollowsSignificanceSizeAndDirection(bool significant, double effect, HypothesisDirection direction, Verdict expected) =>
        Assert.Equal(expected, HypothesisTesting.Judge(significant, effect, 0.2, direction));

    /// <summary>
    /// 20,000 clients in four blocks of 5,000, each block two groups of 2,500 built for one verdict; churn is the metric
    /// (a share), so each group's share is set exactly.
    /// </summary>
    [Fact]
    public void Run_GivesEachVerdictItsCase()
    {
        // kind, share of A, share of B; "c" is claimed a_greater, "o" a_less, "n" a_greater, "s" two-sided.
        (string Kind, double A, double B)[] blocks = [("c", 0.40, 0.20), ("o", 0.40, 0.20), ("n", 0.50, 0.46), ("s", 0.20, 0.20)];
        const int group = 2500;
        ClientTable table = TinyTable.Build(blocks.Length * 2 * group,
            row => row % group < (IsA(row) ? blocks[row / (2 * group)].A : blocks[row / (2 * group)].B) * group,
            numeric: [("products", row => IsA(row) ? 1 : 2)],
            categories: [("city", row => blocks[row / (2 * group)].Kind)]);
        static bool IsA(int row) => row % (2 * group) < group;

        ImmutableArray<HypothesisResult> results = HypothesisTesting.Run(table,
            [Hypothesis("c", HypothesisDirection.AGreater), Hypothesis("o", HypothesisDirection.ALess),
             Hypothesis("n", HypothesisDirection.AGreater), Hypothesis("s", HypothesisDirection.TwoSided)]);

        Assert.Equal([Verdict.Confirmed, Verdict.Opposite, Verdict.Negligible, Verdict.NotShown], results.Select(r => r.Verdict));
        // "n" is significant (z ≈ 2.8, p ≈ 0.005, Holm ×2) and still only negligible: h ≈ 0.08.
        Assert.All(results.Take(3), r => Assert.True(r.Reject, $"{r.Hypothesis.Id}: p adjusted {r.PAdjusted}"));
        Assert.Equal("cohens_h", results[0].StandardizedKind);
        Assert.Equal(HypothesisTesting.CohensH(0.4, 0.2), results[0].StandardizedEffect, 1e-12);
        Assert.Equal(HypothesisTesting.CohensH(0.5, 0.46), results[2].StandardizedEffect, 1e-12);
        Assert.Equal(0.2, results[2].MinEffect);
    }

    [Fact]
    public void Run_UsesTheConfiguredMinimumForTheEffectKind()
    {
        // A 50 % against B 46 % in 2,500 clients each: significant, h ≈ 0.08.
        const int group = 2500;
        ClientTable table = TinyTable.Build(2 * group, row => row % group < (row < group ? 0.50 : 0.46) * group,
            numeric: [("products", row => row < group ? 1 : 2)],
            categories: [("city", _ => "x")]);
        HypothesisSettings h = Hypothesis("x", HypothesisDirection.TwoSided);
        HypothesisResult strict = HypothesisTesting.Run(table, [h], new MinimumEffects(CohensH: 0.05))[0];
        HypothesisResult lenient = HypothesisTesting.Run(table, [h], new MinimumEffects(CohensH: 0.1))[0];
        Assert.True(strict.Reject);
        Assert.Equal((0.05, Verdict.Confirmed), (strict.MinEffect, strict.Verdict));
        Assert.Equal((0.1, Verdict.Negligible), (lenient.MinEffect, lenient.Verdict));
    }

    private static HypothesisSettings Hypothesis(string kind, HypothesisDirection direction) => new(
        kind, kind, ValueExpression.Parse("churn", kind, Where),
        new HypothesisGroup("A", Rule.Parse($"city == '{kind}' and products == 1", kind, Where)),
        new HypothesisGroup("B", Rule.Parse($"city == '{kind}' and products == 2", kind, Where)),
        HypothesisTest.Auto, 0.05) { Direction = direction };
}
