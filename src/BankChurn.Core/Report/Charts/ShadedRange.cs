namespace BankChurn.Core.Report.Charts;

/// <summary>A range of the x axis to shade: a churn-prone interval.</summary>
/// <param name="From">The lower end in the chart's x unit.</param>
/// <param name="To">The upper end; at least <paramref name="From"/>.</param>
/// <param name="Label">A short note over the range ("отток 35 %"), or null.</param>
public readonly record struct ShadedRange(double From, double To, string? Label = null);
