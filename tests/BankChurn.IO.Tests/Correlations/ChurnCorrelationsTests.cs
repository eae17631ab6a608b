using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Clients;

namespace BankChurn.IO.Tests.Correlations;

/// <summary>Churn against every column on the real table (9,999 cleaned rows), against SciPy 1.10.1.</summary>
public class ChurnCorrelationsTests
{
    // python3 -c "import pandas as pd; from scipy.stats import spearmanr, pointbiserialr, chi2_contingency;
    //   d=pd.read_csv('bank_scrooge.csv'); d=d[d.products!=0]; x=d[['churn',c]].dropna(); print(spearmanr(x.churn, x[c]))"
    // for point-biserial: pointbiserialr(d.churn, d[c]); for Cramér's V: chi2_contingency(pd.crosstab(d[c], d.churn), correction=False)
    [Theory]
    [InlineData("score", "spearman", 9999, 0.09609420471302399, 5.971192925544187e-22)]
    [InlineData("age", "spearman", 9973, -0.04627870530826505, 3.772886794179784e-06)]
    [InlineData("equity", "spearman", 9999, 0.26819917413101274, 2.6510278864417093e-164)]
    [InlineData("balance", "spearman", 7705, 0.201999786610494, 9.29551911177914e-72)]
    [InlineData("products", "spearman", 9999, 0.27166736245923867, 1.0810431353838178e-168)]
    [InlineData("est_salary", "spearman", 9999, 0.03705116397204437, 0.00021077421219422538)]
    [InlineData("credit_card", "point_biserial", 9999, -0.1305242272684492, 3.032642995207425e-39)]
    [InlineData("last_activity", "point_biserial", 9999, 0.16903687429679706, 5.51118884974345e-65)]
    [InlineData("city", "cramers_v", 9999, 0.03165267670219833, 0.006677852894378628)]
    [InlineData("gender", "cramers_v", 9999, 0.1412872223194637, 2.5523497628913416e-45)]
    public void WithChurn_RealTable_MatchesScipy(string column, string method, int n, double value, double p)
    {
        ClientTable table = RealTable.Require();
        ChurnCorrelation correlation = Assert.Single(ChurnCorrelations.WithChurn(table, [column]));
        Assert.Equal(method, correlation.Method);
        Assert.Equal(n, correlation.N);
        Assert.True(Math.Abs(correlation.Value - value) <= 1e-6 * Math.Abs(value), $"value {correlation.Value:R} vs {value:R}");
        Assert.True(Math.Abs(correlation.PValue - p) <= 1e-6 * p, $"p {correlation.PValue:R} vs {p:R}");
    }
}
