using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>One series of a grouped bar chart: its legend name and one value per category.</summary>
/// <param name="Name">The legend entry ("Ушедшие").</param>
/// <param name="Values">One value per category of the chart, in category order.</param>
/// <param name="Highlight">True to draw the series in the contrast colour: the churned clients.</param>
public sealed record BarSeries(string Name, ImmutableArray<double> Values, bool Highlight = false);
