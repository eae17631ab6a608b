namespace BankChurn.Core.Model;

/// <summary>One decile of predicted risk: the mean predicted probability against the observed churn share of its clients.</summary>
public readonly record struct CalibrationBin(double Predicted, double Observed, int Clients);
