namespace BankChurn.Core.Model;

/// <summary>The model the report ranks clients by, and the simpler baseline it is measured against.</summary>
public sealed record ChurnLearners(IChurnLearner Model, IChurnLearner Baseline);
