using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>Draws the shapes only charts use; <see cref="ChartLayout"/> made every decision, this replays them on XGraphics.</summary>
internal static class ChartPainter
{
    /// <summary>Draws <paramref name="shape"/> if it is a chart shape; false when it is not one of them.</summary>
    public static bool Paint(XGraphics graphics, Shape shape, XFonts fonts)
    {
        switch (shape)
        {
            case SegmentShape segment:
                var pen = new XPen(segment.Color, segment.WidthPt) { LineCap = XLineCap.Flat };
                if (segment.Dashed)
                    pen.DashPattern = [4, 3];
                graphics.DrawLine(pen, segment.From.X, segment.From.Y, segment.To.X, segment.To.Y);
                return true;
            case PathShape path when path.Points.Length > 1:
                XPoint[] points = [.. path.Points.Select(p => new XPoint(p.X, p.Y))];
                if (path.Fill is { } fill)
                    graphics.DrawPolygon(new XSolidBrush(fill), points, XFillMode.Winding);
                if (path.Stroke is { } stroke)
                    graphics.DrawLines(new XPen(stroke, path.StrokePt) { LineJoin = XLineJoin.Round, LineCap = XLineCap.Round }, points);
                return true;
            case PathShape:
                return true;
            case CircleShape circle:
                double d = 2 * circle.RadiusPt;
                XPen? outline = circle.Stroke is { } color ? new XPen(color, circle.StrokePt) : null;
                XBrush? brush = circle.Fill is { } inside ? new XSolidBrush(inside) : null;
                graphics.DrawEllipse(outline, brush, circle.Center.X - circle.RadiusPt, circle.Center.Y - circle.RadiusPt, d, d);
                return true;
            case RotatedTextShape turned when turned.Text.Text.Length > 0:
                XGraphicsState state = graphics.Save();
                graphics.RotateAtTransform(turned.AngleDeg, new XPoint(turned.Pivot.X, turned.Pivot.Y));
                TextShape text = turned.Text;
                graphics.DrawString(text.Text, fonts.Get(text.Font), new XSolidBrush(text.Color), text.X, text.BaselineY, XStringFormats.BaseLineLeft);
                graphics.Restore(state);
                return true;
            case RotatedTextShape:
                return true;
            default:
                return false;
        }
    }
}
