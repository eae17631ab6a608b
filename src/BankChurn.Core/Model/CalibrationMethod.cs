namespace BankChurn.Core.Model;

/// <summary>How each fold maps its model's scores to probabilities.</summary>
public enum CalibrationMethod
{
    Isotonic,
    Platt,
}
