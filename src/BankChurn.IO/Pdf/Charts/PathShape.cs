using System.Collections.Immutable;
using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>A polyline, or a closed polygon when <paramref name="Fill"/> is set; either may be stroked. Fill colours may carry alpha.</summary>
internal sealed record PathShape(ImmutableArray<PointPt> Points, XColor? Fill, XColor? Stroke, double StrokePt) : Shape
{
    public override Box Bounds
    {
        get
        {
            if (Points.IsDefaultOrEmpty)
                return default;
            // Round joins keep a stroked polyline within half its width of the points.
            double half = Stroke is null ? 0 : StrokePt / 2;
            double left = Points.Min(p => p.X), right = Points.Max(p => p.X), top = Points.Min(p => p.Y), bottom = Points.Max(p => p.Y);
            return new Box(left - half, top - half, right - left + (2 * half), bottom - top + (2 * half));
        }
    }
}
