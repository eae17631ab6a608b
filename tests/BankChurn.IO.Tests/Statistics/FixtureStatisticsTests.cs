using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.Overview;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;
using BankChurn.IO.Config;
using BankChurn.IO.Csv;
using static BankChurn.IO.Tests.Statistics.StatisticsChecks;

namespace BankChurn.IO.Tests.Statistics;

/// <summary>
/// The twin of the real-table statistics checks (RealTableStatisticsTests, RealTableAnalysisTests, ChurnCorrelationsTests)
/// on the committed fixture tests/fixtures/synth_2000.csv, so they run on every clone, to 1e-6 relative. Every expected
/// value below is printed by one script (SciPy 1.10.1, statsmodels 0.13.5, pandas 1.5.3), run from the repository root:
/// <code>/usr/bin/python3 tests/fixtures/synth_2000_reference.py</code>
/// The fixture itself: <c>bankchurn synth --rows 2000 --seed 13 --out tests/fixtures/synth_2000.csv</c>.
/// </summary>
public sealed class FixtureStatisticsTests
{
    private static ClientTable Table => FixtureTable.Table;

    [Fact]
    public void Fixture_Has2000RowsAnd364Churned()
    {
        Assert.Equal(2_000, Table.RowCount);
        Assert.Equal(364, Table.Churned.Count);
    }

    // Script section "Mann-Whitney churned vs retained": stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True),
    // Newcombe method 5 interval by optimize.brentq.
    [Theory]
    [InlineData("est_salary", 364, 1636, 290640.5, 0.47547397353194376, -0.02388397055267466, -0.08915971951575397, 0.041641210268617)]
    [InlineData("score", 364, 1636, 338576.0, 4.189614998830126e-05, 0.13710739138612005, 0.07171898596239878, 0.20107222918768408)]
    [InlineData("age", 364, 1631, 271770.5, 0.011609510211794016, -0.08446075690097765, -0.14917880634491198, -0.01886199433250202)]
    [InlineData("balance", 362, 1152, 268471.0, 1.4167645190911566e-16, 0.28755659146715784, 0.22140937245453096, 0.35054463445249806)]
    public void MannWhitney_ChurnedVsRetained_MatchesScipy(string column, int n1, int n2, double u, double p, double r, double low, double high)
    {
        (double[] churned, double[] retained) = ByChurn(Table, column);

        MannWhitneyTest result = MannWhitney.Test(churned, retained);

        Assert.Equal((n1, n2), (result.N1, result.N2));
        Close(u, result.U, "U");
        Close(p, result.PValue, "p");
        Close(r, result.RankBiserial, "rank-biserial");
        Close(low, result.RankBiserialConfidence.Low, "low");
        Close(high, result.RankBiserialConfidence.High, "high");
    }

    // Script section "Welch churned vs retained": stats.ttest_ind(a, b, equal_var=False); the difference interval with
    // stats.t.ppf(0.975, df); Cohen's d (pooled SD) with its normal-approximation interval.
    public static TheoryData<string, double[]> WelchCases => new()
    {
        { "est_salary", [152528.64250000002, 153662.0643031785, -0.11336477368538206, 480.3156969572169, 0.9097887327613504,
                         -20778.658020474333, 18511.814414117394, -0.0073905597769965406, -0.12097572922195049, 0.10619460966795741] },
        { "score", [862.3543956043956, 844.6705378973105, 5.48607302723726, 651.8498041965779, 5.88660812798844e-08,
                    11.35433960214289, 24.013375812027217, 0.2734900210760403, 0.15958931668357568, 0.38739072546850495] },
        { "age", [41.40659340659341, 43.410177805027594, -2.9976300676169956, 582.0818427194688, 0.002836929805183672,
                  -3.31633329859401, -0.6908354982743605, -0.16225141711552388, -0.2759795227521332, -0.048523311478914505] },
        { "balance", [1286699.4940883978, 728282.0361718751, 7.551693635394019, 438.558295801235, 2.517347534119839e-13,
                      413084.90207904135, 703750.0137540041, 0.5952594102844967, 0.4752765434459353, 0.7152422771230581] },
    };

    [Theory]
    [MemberData(nameof(WelchCases))]
    public void Welch_ChurnedVsRetained_MatchesScipy(string column, double[] expected)
    {
        (double[] churned, double[] retained) = ByChurn(Table, column);
        AssertWelch(WelchT.Test(churned, retained), expected);
    }

    // Script section "Age of one-product vs two-product clients".
    [Fact]
    public void AgeOfOneProductVsTwoProductClients_MatchesScipy()
    {
        (double[] one, double[] two) = AgeByProducts(Table);

        MannWhitneyTest mw = MannWhitney.Test(one, two);
        Assert.Equal((685, 996), (mw.N1, mw.N2));
        Close(330373.5, mw.U, "U");
        Close(0.2712089545185902, mw.PValue, "MW p");
        Close(-0.031531967285199136, mw.RankBiserial, "rank-biserial");
        Close(-0.08745481323554016, mw.RankBiserialConfidence.Low, "low");
        Close(0.024632865793278835, mw.RankBiserialConfidence.High, "high");

        AssertWelch(WelchT.Test(one, two),
            [42.63357664233577, 43.33032128514056, -1.1226609308885107, 1458.144118334084, 0.26176634425671047,
             -1.914145940016349, 0.520656654406759, -0.055856839973582664, -0.15316264853110712, 0.0414489685839418]);
    }

    // Script section "Spearman churn ~ column": stats.spearmanr on pairwise-complete rows; Fisher z interval, SE sqrt(1.06/(n-3)).
    [Theory]
    [InlineData("score", 2000, 0.09163051151760478, 4.062167856710703e-05, 0.04669862951655591, 0.1361923526951797)]
    [InlineData("age", 1995, -0.056519774857865, 0.011572599573749957, -0.10144222003221234, -0.011367310087438699)]
    [InlineData("equity", 2000, 0.26900011363105714, 1.7009300252756904e-34, 0.22662606936554636, 0.3103577703646558)]
    [InlineData("balance", 1514, 0.21244117696493958, 6.552456051292972e-17, 0.16236463035916474, 0.26142622560493095)]
    [InlineData("products", 2000, 0.27108350468420656, 5.021092197745365e-35, 0.22875683103862643, 0.312387158992003)]
    [InlineData("est_salary", 2000, -0.01596171509466288, 0.4755804728017, -0.06104272036530508, 0.029184278152756236)]
    public void Spearman_ChurnAgainstColumn_MatchesScipy(string column, int n, double rho, double p, double low, double high) =>
        StatisticsChecks.AssertSpearmanOfChurn(Table, column, n, rho, p, low, high);

    // Script section "Point-biserial churn ~ est_salary": stats.pointbiserialr; Fisher z interval, SE sqrt(1/(n-3)).
    [Fact]
    public void PointBiserial_ChurnAgainstIncome_MatchesScipy()
    {
        PairedSample pairs = Samples.Flagged(Table.Churned, Table.Numeric("est_salary"), Table.AllRows);

        CorrelationTest result = Correlation.PointBiserial(pairs.X, pairs.Y);

        Close(-0.0028530223131202465, result.Coefficient, "r");
        Close(0.8985355489847773, result.PValue, "p");
        Close(-0.04667811782659675, result.Confidence.Low, "low");
        Close(0.040983035282676605, result.Confidence.High, "high");
    }

    // Script section "Top balance quartile vs rest": np.quantile(balance, 0.75); stats.chi2_contingency(correction=False)
    // for p; Newcombe method 10 from statsmodels' Wilson limits (proportion_confint(method='wilson')).
    [Fact]
    public void TwoProportions_TopBalanceQuartileVsRest_MatchesScipy()
    {
        TwoProportionTest result = TopBalanceQuartile(Table, out double q3);

        Close(1087800.0125, q3, "Q3");
        Assert.Equal((147, 379, 217, 1621), (result.X1, result.N1, result.X2, result.N2));
        Close(11.537417759586033, result.Z, "z");
        Close(133.1120085592112, result.Z * result.Z, "z² = χ²");
        Close(8.545206099666119e-31, result.PValue, "p");
        Close(0.2032077122672781, result.DifferenceConfidence.Low, "low");
        Close(0.30635570074206087, result.DifferenceConfidence.High, "high");
    }

    // Script section "Holm": statsmodels multipletests(method='holm') over [income, age 1v2, top balance, score].
    [Fact]
    public void Holm_OverTheFourDefaultHypotheses_MatchesStatsmodels()
    {
        (double[] incomeChurned, double[] incomeRetained) = ByChurn(Table, "est_salary");
        (double[] scoreChurned, double[] scoreRetained) = ByChurn(Table, "score");
        (double[] one, double[] two) = AgeByProducts(Table);
        double balanceP = TopBalanceQuartile(Table, out _).PValue;

        double[] rankAdjusted = MultipleTesting.Holm([
            MannWhitney.Test(incomeChurned, incomeRetained).PValue, MannWhitney.Test(one, two).PValue,
            balanceP, MannWhitney.Test(scoreChurned, scoreRetained).PValue]);
        double[] welchAdjusted = MultipleTesting.Holm([
            WelchT.Test(incomeChurned, incomeRetained).PValue, WelchT.Test(one, two).PValue,
            balanceP, WelchT.Test(scoreChurned, scoreRetained).PValue]);

        double[] rankExpected = [0.5424179090371803, 0.5424179090371803, 3.4180824398664475e-30, 0.00012568844996490376];
        double[] welchExpected = [0.9097887327613504, 0.5235326885134209, 3.4180824398664475e-30, 1.7659824383965318e-07];
        for (int i = 0; i < 4; i++)
        {
            Close(rankExpected[i], rankAdjusted[i], $"Mann–Whitney family, hypothesis {i}");
            Close(welchExpected[i], welchAdjusted[i], $"Welch family, hypothesis {i}");
        }
    }

    [Fact]
    public void SharedHistogram_Balance_CountsEveryKnownBalance()
    {
        (double[] churned, double[] retained) = ByChurn(Table, "balance");
        SharedHistogram histogram = Histogram.Shared(churned, retained, 40);
        Assert.Equal(362, histogram.CountsA.Sum());
        Assert.Equal(1152, histogram.CountsB.Sum());
    }

    private static readonly Lazy<ChurnFindings> Findings = new(() =>
    {
        ReportSettings settings = ConfigFile.Read(RepoPaths.Config, [$"input.path={RepoPaths.SynthFixture}"], new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        return ChurnAnalysis.Run(ClientsCsv.Read(settings.Input), settings);
    });

    // Script section "Chi-square by feature": stats.chi2_contingency(pd.crosstab(d[c], d.churn), correction=False) and
    // Cramér's V = sqrt(χ² / (n (min(r, c) − 1))), through the analysis the report runs (pinned config).
    [Theory]
    [InlineData("gender", 32.73615953218751, 1, 1.055552185767428e-08, 0.127937796471933)]
    [InlineData("city", 5.6955353997427505, 2, 0.0579735909909348, 0.05336447975827531)]
    [InlineData("credit_card", 31.416920212512803, 1, 2.0815896745168043e-08, 0.12533339581395056)]
    [InlineData("last_activity", 49.77779431059547, 1, 1.7218167321320065e-12, 0.1577621537482857)]
    public void ChiSquare_ByFeature_MatchesSciPy(string column, double statistic, int dof, double p, double v)
    {
        FeatureChurn feature = Findings.Value.ByFeature.Single(f => f.Column == column);

        Close(statistic, feature.Test.Statistic, "χ²");
        Assert.Equal(dof, feature.Test.DegreesOfFreedom);
        Close(p, feature.Test.PValue, "p");
        Close(v, feature.Test.CramersV, "Cramér's V");
        Assert.Equal(2000, feature.Levels.Sum(l => l.Churn.Clients));
    }

    // Spearman rows as above; point-biserial: stats.pointbiserialr(d.churn, d[c]); Cramér's V with the χ² p above.
    [Theory]
    [InlineData("score", "spearman", 2000, 0.09163051151760478, 4.062167856710703e-05)]
    [InlineData("age", "spearman", 1995, -0.056519774857865, 0.011572599573749957)]
    [InlineData("equity", "spearman", 2000, 0.26900011363105714, 1.7009300252756904e-34)]
    [InlineData("balance", "spearman", 1514, 0.21244117696493958, 6.552456051292972e-17)]
    [InlineData("products", "spearman", 2000, 0.27108350468420656, 5.021092197745365e-35)]
    [InlineData("est_salary", "spearman", 2000, -0.01596171509466288, 0.4755804728017)]
    [InlineData("credit_card", "point_biserial", 2000, -0.12533339581395375, 1.868410666663857e-08)]
    [InlineData("last_activity", "point_biserial", 2000, 0.1577621537482895, 1.289750682798971e-12)]
    [InlineData("city", "cramers_v", 2000, 0.05336447975827531, 0.0579735909909348)]
    [InlineData("gender", "cramers_v", 2000, 0.127937796471933, 1.055552185767428e-08)]
    public void ChurnCorrelations_WithChurn_MatchesScipy(string column, string method, int n, double value, double p)
    {
        ChurnCorrelation correlation = Assert.Single(ChurnCorrelations.WithChurn(Table, [column]));
        Assert.Equal(method, correlation.Method);
        Assert.Equal(n, correlation.N);
        Close(value, correlation.Value, "value");
        Close(p, correlation.PValue, "p");
    }
}
