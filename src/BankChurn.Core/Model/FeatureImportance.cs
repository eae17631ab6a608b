namespace BankChurn.Core.Model;

/// <summary>How much the held-out AUC drops when one column's values are shuffled among the clients: its permutation importance.</summary>
public readonly record struct FeatureImportance(string Column, double AucDrop);
