using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>A stand-in for font metrics: every character is 0.55 em wide (0.6 in bold), so layout tests do not depend on installed fonts.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double WidthPt(string text, FontSpec font) => text.Length * font.SizePt * (font.Bold ? 0.6 : 0.55);
}
