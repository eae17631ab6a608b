namespace BankChurn.Core.Report.Charts;

/// <summary>One effect with its confidence interval, for a forest plot.</summary>
/// <param name="Label">The hypothesis or comparison ("Доход: ушедшие vs оставшиеся").</param>
/// <param name="Estimate">The effect size.</param>
/// <param name="Low">The lower end of its interval.</param>
/// <param name="High">The upper end of its interval.</param>
/// <param name="Significant">True when the effect is significant after adjustment: drawn solid in the contrast colour, else hollow grey.</param>
public sealed record ForestItem(string Label, double Estimate, double Low, double High, bool Significant);
