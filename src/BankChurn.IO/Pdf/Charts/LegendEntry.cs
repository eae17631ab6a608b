using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>One legend entry: a sample mark in a colour and its label.</summary>
internal sealed record LegendEntry(string Label, LegendMark Mark, XColor Color);
