namespace BankChurn.Core.Report;

/// <summary>A table on a slide; the same <see cref="Table"/> type feeds workbook sheets.</summary>
public sealed record TableBlock(Table Table) : SlideBlock;
