namespace BankChurn.Core.Model;

/// <summary>
/// A way of learning churn from features: gradient-boosted trees and the logistic baseline (BankChurn.ML) today, a
/// recording learner in tests. Core does the cross-fitting, calibration and measurement around it.
/// </summary>
public interface IChurnLearner
{
    /// <summary>The method as results.json names it, e.g. "lightgbm".</summary>
    string Method { get; }

    /// <summary>A scorer trained on exactly the rows of <paramref name="features"/>, whose churn flags are <paramref name="churned"/>.</summary>
    IChurnScorer Fit(FeatureMatrix features, bool[] churned, int seed);
}
