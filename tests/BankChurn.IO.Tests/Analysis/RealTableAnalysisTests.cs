using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;

namespace BankChurn.IO.Tests.Analysis;

/// <summary>
/// The analysis blocks on the real table (../shared/data/bank_scrooge.csv) with the repository's config, so the default
/// exclusion products == 0 applies, against pandas and SciPy. Skipped, with a message, where the shared folder is absent.
/// </summary>
public sealed class RealTableAnalysisTests
{
    private static readonly Lazy<ChurnFindings?> Findings = new(Run);

    private static ChurnFindings? Run()
    {
        string? real = RepoPaths.RealTable();
        if (real is null)
            return null;
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, [$"input.path={real}"], new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        return ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings);
    }

    private static ChurnFindings RequireFindings()
    {
        Requires.RealTable(Findings.Value is not null);
        return Findings.Value!;
    }

    private static void Relative(double expected, double actual, double tolerance = 1e-6) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    // Expected: /usr/bin/python3 -c "import pandas as pd; from scipy.stats import chi2_contingency
    //   d=pd.read_csv('bank_scrooge.csv'); d=d[d.products!=0]
    //   for c in ['gender','city','credit_card','last_activity']:
    //     t=pd.crosstab(d[c],d.churn); s,p,dof,_=chi2_contingency(t,correction=False); n=t.values.sum()
    //     print(c, repr(s), dof, repr(p), repr((s/(n*(min(t.shape)-1)))**.5))"   (SciPy 1.x)
    [Theory]
    [InlineData("gender", 199.60082982830488, 1, 2.5523497628913416e-45, 0.1412872223194637)]
    [InlineData("city", 10.017917532196474, 2, 0.006677852894378628, 0.03165267670219833)]
    [InlineData("credit_card", 170.3487024663424, 1, 6.208788084566812e-39, 0.13052422726844484)]
    [InlineData("last_activity", 285.70607525555215, 1, 4.2873344291471395e-64, 0.16903687429683034)]
    public void ChiSquare_ByFeature_MatchesSciPy(string column, double statistic, int dof, double p, double v)
    {
        ChurnFindings findings = RequireFindings();
        FeatureChurn feature = findings.ByFeature.Single(f => f.Column == column);

        Relative(statistic, feature.Test.Statistic);
        Assert.Equal(dof, feature.Test.DegreesOfFreedom);
        Relative(p, feature.Test.PValue);
        Relative(v, feature.Test.CramersV);
    }

    [Fact]
    public void ByFeature_GenderAndProducts_MatchPandas()
    {
        ChurnFindings findings = RequireFindings();

        // d.groupby('gender').churn.agg(['count','sum']) → Ж 4994 636, М 5005 1183
        FeatureChurn gender = findings.ByFeature.Single(f => f.Column == ClientSchema.Gender);
        Assert.Equal([("М", 5005, 1183), ("Ж", 4994, 636)], gender.Levels.Select(l => (l.Level.Label, l.Churn.Clients, l.Churn.Churned)));
        // d.groupby('products').churn.agg(['count','sum']) → 1: 3341 235, 2: 5126 979, 3: 1039 297, 4: 474 300, 5: 19 8
        FeatureChurn products = findings.ByFeature.Single(f => f.Column == ClientSchema.Products);
        Assert.Equal([(1.0, 3341, 235), (2.0, 5126, 979), (3.0, 1039, 297), (4.0, 474, 300), (5.0, 19, 8)],
            products.Levels.Select(l => (l.Level.Low!.Value, l.Churn.Clients, l.Churn.Churned)));
        Assert.All(findings.ByFeature, f => Assert.Equal(9999, f.Levels.Sum(l => l.Churn.Clients)));
    }

    [Fact]
    public void Drivers_Balance_ReportsMissingApartAndAHighBalanceRange()
    {
        ChurnFindings findings = RequireFindings();
        ContinuousDriver balance = findings.Drivers.Single(d => d.Column == ClientSchema.Balance);

        // d[d.balance.isna()].churn.agg(['count','sum']) → 2294 12: missing balances almost never churn.
        Assert.Equal(2294, balance.Missing.Clients);
        Assert.Equal(12, balance.Missing.Churned);
        ChurnRange range = Assert.Single(balance.ProneRanges);
        Assert.Equal(balance.Bins[^1].Max, range.To);
        Assert.True(range.Rate > 0.3, $"rate {range.Rate}");
        double average = findings.Overall.Rate;
        Assert.All(balance.Bins.Where(b => b.Prone), b => Assert.True(b.Churn.Confidence.Low > average));
    }

    [Fact]
    public void Value_DefaultFormula_MatchesPandas()
    {
        ChurnFindings findings = RequireFindings();

        // v=d.balance.fillna(0)*0.03+d.products*1500+d.credit_card*d.EST_SALARY*12*0.25*0.015; v.sum(); v[d.churn==1].sum()
        // r=d.groupby(['products','last_activity']).churn.transform('mean'); (v*r)[d.churn==0].sum()
        Relative(265709993.03384998, findings.Value.Total, 1e-9);
        Relative(74455160.73089999, findings.Value.Lost, 1e-9);
        Relative(34041025.40578106, findings.Value.AtRisk, 1e-9);
        Assert.Equal(0, findings.Value.MissingValues);
    }

    // Expected: scipy.stats.mannwhitneyu(d[d.churn==1][c].dropna(), d[d.churn==0][c].dropna(), method='asymptotic') on the cleaned
    // table d (products != 0), SciPy 1.10.1 → U and p below; rank-biserial = 2U/(n1 n2) − 1.
    [Theory]
    [InlineData("est_salary", 7852245, 2.1160652203623057e-4)]
    [InlineData("score", 8509630, 7.364570509844462e-22)]
    [InlineData("age", 6900079, 3.811912767980522e-6)]
    [InlineData("balance", 6795621, 2.4600499882458142e-70)]
    public void Drivers_MannWhitney_MatchesScipy(string column, double u, double p)
    {
        ChurnFindings findings = RequireFindings();
        DriverDistribution distribution = findings.Drivers.Single(d => d.Column == column).Distribution!;
        Relative(u, distribution.MannWhitney.U);
        Relative(p, distribution.MannWhitney.PValue);
        int n1 = distribution.MannWhitney.N1, n2 = distribution.MannWhitney.N2;
        Relative(2 * u / ((double)n1 * n2) - 1, distribution.MannWhitney.RankBiserial, 1e-9);
        Assert.Equal(n1, distribution.Histogram.CountsA.Sum());
        Assert.Equal(n2, distribution.Histogram.CountsB.Sum());
        Assert.All(distribution.ChurnedDensity.Density, v => Assert.True(v >= 0 && double.IsFinite(v)));
    }
}
