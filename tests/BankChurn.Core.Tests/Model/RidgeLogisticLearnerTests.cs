using BankChurn.Core.Model;

namespace BankChurn.Core.Tests.Model;

public class RidgeLogisticLearnerTests
{
    // Four features from the row number i (n = 300), one of them constant; churn from two unrelated residues, so the
    // classes overlap and the ridge fit is unique.
    private static (FeatureMatrix Features, bool[] Churned) Table()
    {
        const int n = 300;
        var values = new float[n * 4];
        var churned = new bool[n];
        for (int i = 0; i < n; i++)
        {
            values[i * 4] = (float)(i * 37 % 101 / 10.0);
            values[i * 4 + 1] = (float)(i * 53 % 89 / 7.0);
            values[i * 4 + 2] = i % 3 == 0 ? 1 : 0;
            values[i * 4 + 3] = 5;
            churned[i] = i * 7919 % 13 < 4 || i * 37 % 101 > 80;
        }
        FeatureColumn[] columns = [new("a", [0]), new("b", [1]), new("c", [2]), new("d", [3])];
        return (new FeatureMatrix(values, n, ["a", "b", "c", "d"], [.. columns]), churned);
    }

    [Fact]
    public void Fit_MatchesScikitLearnOnStandardisedFeatures()
    {
        (FeatureMatrix features, bool[] churned) = Table();
        double[] scores = new RidgeLogisticLearner().Fit(features, churned, seed: 1).Score(features);
        // /usr/bin/python3 -c "import numpy as np;from sklearn.linear_model import LogisticRegression as L;from sklearn.preprocessing import StandardScaler as S;i=np.arange(300);X=np.column_stack([(i*37%101)/10.0,(i*53%89)/7.0,(i%3==0).astype(float),np.full(300,5.0)]);y=(((i*7919)%13)<4)|((i*37%101)>80);Z=S().fit_transform(X);d=L(C=1.0,tol=1e-12,max_iter=10000).fit(Z,y).decision_function(Z);print([repr(d[k]) for k in (0,50,199,299)])"
        (int Row, double Expected)[] reference = [(0, -1.9270810177683222), (50, -0.6247295924651505), (199, 0.9630019649726327), (299, -0.2610880008514473)];
        foreach ((int row, double expected) in reference)
            Assert.Equal(expected, scores[row], Math.Abs(expected) * 1e-6);
    }

    [Fact]
    public void Fit_SeparableClasses_StaysFinite()
    {
        (FeatureMatrix features, _) = Table();
        bool[] separable = [.. Enumerable.Range(0, features.Rows).Select(r => features.Row(r)[0] > 5)];
        double[] scores = new RidgeLogisticLearner().Fit(features, separable, seed: 1).Score(features);
        Assert.All(scores, s => Assert.True(double.IsFinite(s)));
        Assert.Equal(1.0, RocAuc.Of(scores, separable), 1e-12);
    }
}
