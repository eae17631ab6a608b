namespace BankChurn.Core.Analysis.Overview;

/// <summary>Churn among the clients with one level of a column, and how it compares with the average.</summary>
/// <param name="Level">The level: a category label, a whole number, or a bin; for the missing level, the label "missing".</param>
/// <param name="IsMissing">True for the clients without a value in this column.</param>
/// <param name="Churn">Clients, churned, share and its 95 % Wilson interval.</param>
/// <param name="Lift">The level's churn share over the overall one; null when nobody churned at all (the ratio is 0/0).</param>
public sealed record FeatureLevel(GroupLevel Level, bool IsMissing, ChurnRate Churn, double? Lift);
