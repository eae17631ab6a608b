using BankChurn.Core.Analysis;

namespace BankChurn.Core.Report.Charts;

/// <summary>One bar: its category, its value, an optional confidence interval drawn as a whisker, and whether to draw it in the accent colour.</summary>
/// <param name="Label">The category ("Ярославль").</param>
/// <param name="Value">The bar's length in the chart's <see cref="ValueAxis"/> unit.</param>
/// <param name="Interval">A confidence interval around <paramref name="Value"/>, or null for no whisker.</param>
/// <param name="Highlight">True to draw the bar in the contrast colour (the group that churns most, a priority segment).</param>
public sealed record BarItem(string Label, double Value, Interval? Interval = null, bool Highlight = false);
