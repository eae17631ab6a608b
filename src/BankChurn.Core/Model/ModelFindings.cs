using System.Collections.Immutable;
using BankChurn.Core.Analysis;

namespace BankChurn.Core.Model;

/// <summary>
/// The churn model as measured out of fold: how well it ranks (AUC with its interval, against the baseline's), how well
/// its probabilities match what happened (Brier score, deciles), which columns it relies on, and each client's probability.
/// </summary>
/// <param name="Columns">The source columns the model used, in schema order.</param>
/// <param name="Probability">Per row of the analysed table: the calibrated out-of-fold churn probability.</param>
/// <param name="TrainingRows">Rows the fold models learned from: all, or the seeded sample of a large month.</param>
public sealed record ModelFindings(
    string Method,
    ImmutableArray<string> Columns,
    ImmutableArray<string> Excluded,
    int Folds,
    int TrainingRows,
    double Auc,
    Interval AucConfidence,
    string BaselineMethod,
    double BaselineAuc,
    double Brier,
    ImmutableArray<CalibrationBin> Calibration,
    ImmutableArray<FeatureImportance> Importance,
    double[] Probability);
