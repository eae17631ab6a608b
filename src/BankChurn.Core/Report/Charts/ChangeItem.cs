namespace BankChurn.Core.Report.Charts;

/// <summary>One figure in two periods, for a change chart.</summary>
/// <param name="Label">The figure or segment ("Ярославль").</param>
/// <param name="Before">Its value in the previous period.</param>
/// <param name="After">Its value in this period.</param>
public sealed record ChangeItem(string Label, double Before, double After);
