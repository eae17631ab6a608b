using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Report;

/// <summary>A chart on a slide, described in data units; the writer picks sizes, ticks, colours and label placement.</summary>
/// <param name="Chart">What to draw: one of the <see cref="ChartSpec"/> cases.</param>
public sealed record ChartBlock(ChartSpec Chart) : SlideBlock;
