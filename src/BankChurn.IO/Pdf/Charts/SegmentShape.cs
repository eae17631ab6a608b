using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>A straight line between two points in any direction, solid or dashed.</summary>
internal sealed record SegmentShape(PointPt From, PointPt To, XColor Color, double WidthPt, bool Dashed = false) : Shape
{
    public override Box Bounds
    {
        get
        {
            double half = WidthPt / 2;
            double left = Math.Min(From.X, To.X), top = Math.Min(From.Y, To.Y);
            // A horizontal or vertical stroke is only thick across its direction; butt caps do not extend it lengthwise.
            double dx = From.Y == To.Y ? 0 : half, dy = From.X == To.X ? 0 : half;
            return new Box(left - dx, top - dy, Math.Abs(To.X - From.X) + (2 * dx), Math.Abs(To.Y - From.Y) + (2 * dy));
        }
    }
}
