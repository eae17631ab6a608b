namespace BankChurn.Core.Model;

/// <summary>A trained model: one uncalibrated score per row, higher meaning more likely to leave.</summary>
public interface IChurnScorer
{
    double[] Score(FeatureMatrix features);
}
