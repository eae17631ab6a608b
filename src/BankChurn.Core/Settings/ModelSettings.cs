using System.Collections.Immutable;

namespace BankChurn.Core.Settings;

/// <summary>The config's <c>model:</c> section: the per-client churn model.</summary>
/// <param name="Exclude">Canonical columns the model leaves out (for example one recorded after the client left).</param>
/// <param name="SampleRows">The most clients the model learns from; a larger month trains on a seeded sample and scores everyone.</param>
/// <param name="Folds">Cross-fitting folds.</param>
public sealed record ModelSettings(ImmutableArray<string> Exclude, int SampleRows, int Folds)
{
    public const int DefaultSampleRows = 20_000;

    public static ModelSettings Default { get; } = new([], DefaultSampleRows, 5);

    public Model.CalibrationMethod Calibration { get; init; } = Model.CalibrationMethod.Isotonic;

    /// <summary>The share of each fold's training rows held back from the trees to fit the fold's calibration.</summary>
    public double CalibrationShare { get; init; } = 0.3;
}
