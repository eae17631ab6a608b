using BankChurn.Core.Model;

namespace BankChurn.ML;

/// <summary>The learners a report uses: LightGBM, measured against a ridge logistic regression.</summary>
public static class MlLearners
{
    public static ChurnLearners Default { get; } = new(new LightGbmLearner(), new RidgeLogisticLearner());
}
