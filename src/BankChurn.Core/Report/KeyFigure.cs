namespace BankChurn.Core.Report;

/// <summary>A headline number: a label, the value with its format, and an optional note under it.</summary>
/// <param name="Label">What the number is ("Клиентов в базе").</param>
/// <param name="Value">The raw value; writers format it with <paramref name="Format"/> in the report's language. A text cell is shown verbatim.</param>
/// <param name="Format">How to show the value (a churn share is a <see cref="CellFormat.Percent"/> fraction 0..1).</param>
/// <param name="Note">A small line under the number, already worded ("95 % ДИ: 17,5–19,0 %"), or null.</param>
public sealed record KeyFigure(string Label, Cell Value, CellFormat Format, string? Note = null);
