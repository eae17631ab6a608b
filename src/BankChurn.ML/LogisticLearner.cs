using BankChurn.Core.Model;
using Microsoft.ML;

namespace BankChurn.ML;

/// <summary>
/// The baseline: logistic regression (L-BFGS) on the same features, missing values replaced by the column mean (the
/// missing indicator keeps the information) and each feature scaled by its mean and variance.
/// </summary>
public sealed class LogisticLearner : IChurnLearner
{
    public string Method => "logistic_regression";

    public IChurnScorer Fit(FeatureMatrix features, bool[] churned, int seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        var context = new MLContext(seed);
        var pipeline = context.Transforms.ReplaceMissingValues("Features")
            .Append(context.Transforms.NormalizeMeanVariance("Features"))
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression("Label", "Features"));
        ITransformer model = pipeline.Fit(FeatureRows.View(context, features, churned));
        return new Scorer(context, model);
    }

    private sealed class Scorer(MLContext context, ITransformer model) : IChurnScorer
    {
        public double[] Score(FeatureMatrix features) =>
            FeatureRows.Scores(model.Transform(FeatureRows.View(context, features, null)), features.Rows);
    }
}
