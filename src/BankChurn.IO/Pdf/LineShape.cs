using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>A horizontal rule at <paramref name="Y"/> from <paramref name="X1"/> to <paramref name="X2"/>.</summary>
internal sealed record LineShape(double X1, double X2, double Y, XColor Color, double WidthPt) : Shape
{
    public override Box Bounds => new(X1, Y - (WidthPt / 2), X2 - X1, WidthPt);
}
