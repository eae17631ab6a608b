using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BankChurn.IO.Pdf;

/// <summary>The XFont for each size and weight used in one document, created once each.</summary>
internal sealed class XFonts(string family)
{
    private readonly Dictionary<FontSpec, XFont> _fonts = [];

    public XFont Get(FontSpec font)
    {
        if (!_fonts.TryGetValue(font, out XFont? xfont))
        {
            // Unicode encoding: the font is embedded as a subset with Identity-H, which Cyrillic needs.
            xfont = new XFont(family, font.SizePt, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[font] = xfont;
        }

        return xfont;
    }
}
