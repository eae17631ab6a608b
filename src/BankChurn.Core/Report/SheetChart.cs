namespace BankChurn.Core.Report;

/// <summary>A bar chart of one column of a sheet's table against another, drawn by the workbook next to the table.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="CategoryColumn">The 0-based column whose values label the bars (e.g. the segment names).</param>
/// <param name="ValueColumn">The 0-based numeric column the bars show (e.g. the churn share).</param>
public sealed record SheetChart(string Title, int CategoryColumn, int ValueColumn);
