using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>One line of text: drawn with its baseline at (<paramref name="X"/>, <paramref name="BaselineY"/>); <paramref name="Line"/> is its measured line box.</summary>
internal sealed record TextShape(string Text, double X, double BaselineY, Box Line, FontSpec Font, XColor Color) : Shape
{
    public override Box Bounds => Line;

    /// <summary>A line placed in a line box of its font's height at <paramref name="top"/>, aligned within [<paramref name="left"/>, <paramref name="right"/>].</summary>
    public static TextShape At(string text, double widthPt, double left, double right, double top, FontSpec font, XColor color, TextAlign align)
    {
        double x = align switch
        {
            TextAlign.Right => right - widthPt,
            TextAlign.Center => left + ((right - left - widthPt) / 2),
            _ => left,
        };
        return new TextShape(text, x, top + font.BaselinePt, new Box(x, top, widthPt, font.LineHeightPt), font, color);
    }
}
