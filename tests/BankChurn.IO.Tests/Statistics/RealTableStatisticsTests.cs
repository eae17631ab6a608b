using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Statistics;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Tests.Statistics;

/// <summary>
/// Every statistic of the hypotheses and drivers on the real table, against SciPy 1.10.1 / pandas 1.5.3 to 1e-6 relative.
/// The reference values come from one script (kept here in outline, run with /usr/bin/python3):
/// <code>
/// d = pd.read_csv('bank_scrooge.csv').rename(columns={'USERID': 'user_id', 'EST_SALARY': 'est_salary'}); d = d[d.products != 0]
/// x = d[[c, 'churn']].dropna(); a = x[x.churn == 1][c]; b = x[x.churn == 0][c]          # per test, pairwise dropna
/// stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True, alternative='two-sided'); stats.ttest_ind(a, b, equal_var=False)
/// Welch interval: d ± stats.t.ppf(0.975, df)·se; Cohen's d ± norm.ppf(0.975)·sqrt((n1+n2)/(n1 n2) + d²/(2(n1+n2)))
/// rank-biserial interval: Newcombe (2006) method 5 solved with scipy.optimize.brentq
/// stats.spearmanr(x.churn, x[c]); Fisher z interval with SE sqrt(1.06/(n−3)); stats.pointbiserialr(d.churn, d.est_salary)
/// q3 = np.quantile(d.balance.dropna(), 0.75); top = d.balance >= q3 (missing balances are in the rest);
/// stats.chi2_contingency([[x1, n1−x1], [x2, n2−x2]], correction=False) for p; Newcombe method 10 from Wilson limits
/// Holm: o = argsort(p, stable); minimum(1, maximum.accumulate(p[o]·(m − arange(m)))) back in input order
/// </code>
/// </summary>
public sealed class RealTableStatisticsTests
{
    private static void Close(double expected, double actual, string what) => StatisticsChecks.Close(expected, actual, what);

    [Fact]
    public void Cleaning_Leaves9999Rows()
    {
        ClientTable table = RealTable.Require();
        Assert.Equal(9_999, table.RowCount);
        Assert.Equal(1_819, table.Churned.Count);
    }

    // MW est_salary: n1=1819 n2=8180 U=7852245.0 p=0.00021160652203623057 r=0.05545041406183837 ci=(0.026127086856882586, 0.08465737083623281)
    // MW score:      n1=1819 n2=8180 U=8509630.0 p=7.364570509844462e-22 r=0.14381205719040113 ci=(0.11471283456002479, 0.17261119000179748)
    // MW age:        n1=1818 n2=8155 U=6900079.0 p=3.811912767980522e-06 r=-0.06917891053360392 ci=(-0.09835551060757075, -0.03985706300440317)
    // MW balance:    n1=1807 n2=5898 U=6795621.0 p=2.4600499882458142e-70 r=0.2752526205031749 ci=(0.24595975419647775, 0.3039388373890277)
    [Theory]
    [InlineData("est_salary", 1819, 8180, 7852245.0, 0.00021160652203623057, 0.05545041406183837, 0.026127086856882586, 0.08465737083623281)]
    [InlineData("score", 1819, 8180, 8509630.0, 7.364570509844462e-22, 0.14381205719040113, 0.11471283456002479, 0.17261119000179748)]
    [InlineData("age", 1818, 8155, 6900079.0, 3.811912767980522e-06, -0.06917891053360392, -0.09835551060757075, -0.03985706300440317)]
    [InlineData("balance", 1807, 5898, 6795621.0, 2.4600499882458142e-70, 0.2752526205031749, 0.24595975419647775, 0.3039388373890277)]
    public void MannWhitney_ChurnedVsRetained_MatchesScipy(string column, int n1, int n2, double u, double p, double r, double low, double high)
    {
        ClientTable table = RealTable.Require();
        (double[] churned, double[] retained) = StatisticsChecks.ByChurn(table, column);

        MannWhitneyTest result = MannWhitney.Test(churned, retained);

        Assert.Equal((n1, n2), (result.N1, result.N2));
        Close(u, result.U, "U");
        Close(p, result.PValue, "p");
        Close(r, result.RankBiserial, "rank-biserial");
        Close(low, result.RankBiserialConfidence.Low, "low");
        Close(high, result.RankBiserialConfidence.High, "high");
    }

    // Welch est_salary: m1=148310.72820230896 m2=147783.20010757947 t=0.16053209039121677 df=3012.8180004175856 p=0.8724727072323815
    //   diff_ci=(-5915.741907511118, 6970.79809697011) d=0.0037843604845038043 d_ci=(-0.04702381564640128, 0.054592536615408895)
    // Welch score: m1=863.346893897746 m2=845.4283618581907 t=12.94175330642598 df=3523.3090963746754 p=1.8436753008142297e-37
    //   diff_ci=(15.203927195625843, 20.63313688348479) d=0.2753346936982253 d_ci=(0.22438343893720844, 0.3262859484592421)
    // Welch age: m1=41.42959295929593 m2=43.02084610668302 t=-5.391778684657884 df=2904.279507421963 p=7.536127357312234e-08
    //   diff_ci=(-2.1699303039225795, -1.012575990851592) d=-0.13085679165611216 d_ci=(-0.1817229608391174, -0.07999062247310693)
    // Welch balance: m1=1133993.271449917 m2=733982.5856476771 t=7.380817899109049 df=2901.3446107569757 p=2.0439782929669127e-13
    //   diff_ci=(293744.178565582, 506277.1930388978) d=0.2026934212897144 d_ci=(0.1498972688641047, 0.2554895737153241)
    public static TheoryData<string, double[]> WelchCases => new()
    {
        { "est_salary", [148310.72820230896, 147783.20010757947, 0.16053209039121677, 3012.8180004175856, 0.8724727072323815,
                         -5915.741907511118, 6970.79809697011, 0.0037843604845038043, -0.04702381564640128, 0.054592536615408895] },
        { "score", [863.346893897746, 845.4283618581907, 12.94175330642598, 3523.3090963746754, 1.8436753008142297e-37,
                    15.203927195625843, 20.63313688348479, 0.2753346936982253, 0.22438343893720844, 0.3262859484592421] },
        { "age", [41.42959295929593, 43.02084610668302, -5.391778684657884, 2904.279507421963, 7.536127357312234e-08,
                  -2.1699303039225795, -1.012575990851592, -0.13085679165611216, -0.1817229608391174, -0.07999062247310693] },
        { "balance", [1133993.271449917, 733982.5856476771, 7.380817899109049, 2901.3446107569757, 2.0439782929669127e-13,
                      293744.178565582, 506277.1930388978, 0.2026934212897144, 0.1498972688641047, 0.2554895737153241] },
    };

    [Theory]
    [MemberData(nameof(WelchCases))]
    public void Welch_ChurnedVsRetained_MatchesScipy(string column, double[] expected)
    {
        ClientTable table = RealTable.Require();
        (double[] churned, double[] retained) = StatisticsChecks.ByChurn(table, column);
        StatisticsChecks.AssertWelch(WelchT.Test(churned, retained), expected);
    }

    // MW age products 1 vs 2: n1=3323 n2=5119 U=8297191.5 p=0.057138410813417605 r=-0.024458748473069836 ci=(-0.049631094290346844, 0.0007515491596243873)
    // Welch age products 1 vs 2: m1=42.19620824556124 m2=42.76890017581559 t=-2.13260779398129 df=7165.929949387222 p=0.03299080704232691
    //   diff_ci=(-1.0991108906744222, -0.04627296983427909) d=-0.0473662776124189 d_ci=(-0.09103506811621062, -0.003697487108627169)
    [Fact]
    public void AgeOfOneProductVsTwoProductClients_MatchesScipy()
    {
        ClientTable table = RealTable.Require();
        (double[] one, double[] two) = StatisticsChecks.AgeByProducts(table);

        MannWhitneyTest mw = MannWhitney.Test(one, two);
        Assert.Equal((3323, 5119), (mw.N1, mw.N2));
        Close(8297191.5, mw.U, "U");
        Close(0.057138410813417605, mw.PValue, "MW p");
        Close(-0.024458748473069836, mw.RankBiserial, "rank-biserial");
        Close(-0.049631094290346844, mw.RankBiserialConfidence.Low, "low");
        Close(0.0007515491596243873, mw.RankBiserialConfidence.High, "high");

        StatisticsChecks.AssertWelch(WelchT.Test(one, two),
            [42.19620824556124, 42.76890017581559, -2.13260779398129, 7165.929949387222, 0.03299080704232691,
             -1.0991108906744222, -0.04627296983427909, -0.0473662776124189, -0.09103506811621062, -0.003697487108627169]);
    }

    // Spearman churn~score: n=9999 rho=0.09609420471302399 p=5.971192925544187e-22 ci=(0.07606134290246568, 0.11604952081887338)
    // Spearman churn~age: n=9973 rho=-0.04627870530826505 p=3.772886794179784e-06 ci=(-0.06642324072560267, -0.02609645880029937)
    // Spearman churn~equity: n=9999 rho=0.26819917413101274 p=2.6510278864417093e-164 ci=(0.2493684840259474, 0.28682712472988886)
    // Spearman churn~balance: n=7705 rho=0.201999786610494 p=9.29551911177914e-72 ci=(0.1798458140521915, 0.22394895294442932)
    // Spearman churn~products: n=9999 rho=0.27166736245923867 p=1.0810431353838178e-168 ci=(0.2528733403111324, 0.2902564375527343)
    // Spearman churn~est_salary: n=9999 rho=0.03705116397204437 p=0.00021077421219422538 ci=(0.016883426644048283, 0.057188764762115187)
    [Theory]
    [InlineData("score", 9999, 0.09609420471302399, 5.971192925544187e-22, 0.07606134290246568, 0.11604952081887338)]
    [InlineData("age", 9973, -0.04627870530826505, 3.772886794179784e-06, -0.06642324072560267, -0.02609645880029937)]
    [InlineData("equity", 9999, 0.26819917413101274, 2.6510278864417093e-164, 0.2493684840259474, 0.28682712472988886)]
    [InlineData("balance", 7705, 0.201999786610494, 9.29551911177914e-72, 0.1798458140521915, 0.22394895294442932)]
    [InlineData("products", 9999, 0.27166736245923867, 1.0810431353838178e-168, 0.2528733403111324, 0.2902564375527343)]
    [InlineData("est_salary", 9999, 0.03705116397204437, 0.00021077421219422538, 0.016883426644048283, 0.057188764762115187)]
    public void Spearman_ChurnAgainstColumn_MatchesScipy(string column, int n, double rho, double p, double low, double high) =>
        StatisticsChecks.AssertSpearmanOfChurn(RealTable.Require(), column, n, rho, p, low, high);

    // PointBiserial churn~est_salary: r=0.0014600640480775203 p=0.8839364433181721 ci=(-0.018141505261973355, 0.021060511443900073)
    [Fact]
    public void PointBiserial_ChurnAgainstIncome_MatchesScipy()
    {
        ClientTable table = RealTable.Require();
        PairedSample pairs = Samples.Flagged(table.Churned, table.Numeric("est_salary"), table.AllRows);

        CorrelationTest result = Correlation.PointBiserial(pairs.X, pairs.Y);

        Close(0.0014600640480775203, result.Coefficient, "r");
        Close(0.8839364433181721, result.PValue, "p");
        Close(-0.018141505261973355, result.Confidence.Low, "low");
        Close(0.021060511443900073, result.Confidence.High, "high");
    }

    // TwoProp top balance quartile: q3=980705.85 x1=738 n1=1927 x2=1081 n2=8072 z=25.4635504503216 p=4.997270022440205e-143
    //   chi2=648.3924015360734 chi_p=4.997270022440113e-143 ci=(0.22630009489270583, 0.2721454946448723)
    [Fact]
    public void TwoProportions_TopBalanceQuartileVsRest_MatchesScipy()
    {
        ClientTable table = RealTable.Require();
        TwoProportionTest result = StatisticsChecks.TopBalanceQuartile(table, out double q3);

        Close(980705.85, q3, "Q3");
        Assert.Equal((738, 1927, 1081, 8072), (result.X1, result.N1, result.X2, result.N2));
        Close(25.4635504503216, result.Z, "z");
        Close(648.3924015360734, result.Z * result.Z, "z² = χ²");
        Close(4.997270022440113e-143, result.PValue, "p");
        Close(0.22630009489270583, result.DifferenceConfidence.Low, "low");
        Close(0.2721454946448723, result.DifferenceConfidence.High, "high");
    }

    // Holm MW    [income, age 1v2, top balance z, score]: p [0.00021160652203623057, 0.057138410813417605, 4.997270022440205e-143, 7.364570509844462e-22]
    //   → [0.00042321304407246115, 0.057138410813417605, 1.998908008976082e-142, 2.2093711529533385e-21]
    // Holm Welch [income, age 1v2, top balance z, score]: p [0.8724727072323815, 0.03299080704232691, 4.997270022440205e-143, 1.8436753008142297e-37]
    //   → [0.8724727072323815, 0.06598161408465382, 1.998908008976082e-142, 5.531025902442689e-37]
    [Fact]
    public void Holm_OverTheFourDefaultHypotheses_MatchesReference()
    {
        ClientTable table = RealTable.Require();
        (double[] incomeChurned, double[] incomeRetained) = StatisticsChecks.ByChurn(table, "est_salary");
        (double[] scoreChurned, double[] scoreRetained) = StatisticsChecks.ByChurn(table, "score");
        (double[] one, double[] two) = StatisticsChecks.AgeByProducts(table);
        double balanceP = StatisticsChecks.TopBalanceQuartile(table, out _).PValue;

        double[] rankAdjusted = MultipleTesting.Holm([
            MannWhitney.Test(incomeChurned, incomeRetained).PValue, MannWhitney.Test(one, two).PValue,
            balanceP, MannWhitney.Test(scoreChurned, scoreRetained).PValue]);
        double[] welchAdjusted = MultipleTesting.Holm([
            WelchT.Test(incomeChurned, incomeRetained).PValue, WelchT.Test(one, two).PValue,
            balanceP, WelchT.Test(scoreChurned, scoreRetained).PValue]);

        double[] rankExpected = [0.00042321304407246115, 0.057138410813417605, 1.998908008976082e-142, 2.2093711529533385e-21];
        double[] welchExpected = [0.8724727072323815, 0.06598161408465382, 1.998908008976082e-142, 5.531025902442689e-37];
        for (int i = 0; i < 4; i++)
        {
            Close(rankExpected[i], rankAdjusted[i], $"Mann–Whitney family, hypothesis {i}");
            Close(welchExpected[i], welchAdjusted[i], $"Welch family, hypothesis {i}");
        }
    }

    /// <summary>The distribution charts' inputs on real data: the shared histogram counts every non-missing value once.</summary>
    [Fact]
    public void SharedHistogram_Balance_CountsEveryKnownBalance()
    {
        ClientTable table = RealTable.Require();
        (double[] churned, double[] retained) = StatisticsChecks.ByChurn(table, "balance");
        SharedHistogram histogram = Histogram.Shared(churned, retained, 40);
        Assert.Equal(1807, histogram.CountsA.Sum());
        Assert.Equal(5898, histogram.CountsB.Sum());
    }
}
