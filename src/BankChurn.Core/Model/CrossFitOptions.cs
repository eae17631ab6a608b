namespace BankChurn.Core.Model;

/// <summary>How cross-fitting splits the rows.</summary>
/// <param name="Folds">Stratified folds; each row is scored by the model of its own fold, trained on the others.</param>
/// <param name="SampleRows">The most rows the fold models learn from; a larger month trains on a seeded stratified sample and scores everyone.</param>
/// <param name="CalibrationShare">Share of each fold's training rows held back to fit its Platt scaling.</param>
/// <param name="ImportanceRows">The most held-out rows per fold that permutation importance rescoring uses.</param>
/// <param name="Importance">Whether to measure permutation importance at all (the baseline does not need it).</param>
public sealed record CrossFitOptions(int Folds, int SampleRows, int Seed, double CalibrationShare = 0.3, int ImportanceRows = 5_000, bool Importance = true)
{
    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Isotonic;
}
