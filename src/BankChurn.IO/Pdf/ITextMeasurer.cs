namespace BankChurn.IO.Pdf;

/// <summary>Measures text widths for layout: the PDF's real font metrics in production, a fixed-width stand-in in layout tests.</summary>
internal interface ITextMeasurer
{
    double WidthPt(string text, FontSpec font);
}
