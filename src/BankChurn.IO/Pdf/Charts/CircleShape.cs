using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>A dot: filled, outlined, or both.</summary>
internal sealed record CircleShape(PointPt Center, double RadiusPt, XColor? Fill, XColor? Stroke, double StrokePt = 1) : Shape
{
    public override Box Bounds
    {
        get
        {
            double r = RadiusPt + (Stroke is null ? 0 : StrokePt / 2);
            return new Box(Center.X - r, Center.Y - r, 2 * r, 2 * r);
        }
    }
}
