namespace BankChurn.IO.Pdf.Charts;

/// <summary>The little sample drawn before a legend entry.</summary>
internal enum LegendMark
{
    Swatch,
    DashedLine,
    Dot,
}
