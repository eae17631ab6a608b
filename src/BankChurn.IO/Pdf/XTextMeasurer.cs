using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>Measures text with PDFsharp, in the theme's font family, so layout sees exactly the widths that will be drawn.</summary>
internal sealed class XTextMeasurer(XGraphics graphics, XFonts fonts) : ITextMeasurer
{
    public double WidthPt(string text, FontSpec font) =>
        text.Length == 0 ? 0 : graphics.MeasureString(text, fonts.Get(font)).Width;
}
