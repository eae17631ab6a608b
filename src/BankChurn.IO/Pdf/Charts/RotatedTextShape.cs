namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// A line of text turned by <paramref name="AngleDeg"/> about <paramref name="Pivot"/> (negative turns it counter-clockwise on
/// the page, so it reads upwards). <paramref name="Text"/> is the line as it would sit unturned.
/// </summary>
internal sealed record RotatedTextShape(TextShape Text, PointPt Pivot, double AngleDeg) : Shape
{
    /// <summary>The four corners of the turned line box, in order around it: for exact overlap tests.</summary>
    public PointPt[] Corners
    {
        get
        {
            Box line = Text.Line;
            return [Turn(line.X, line.Y), Turn(line.Right, line.Y), Turn(line.Right, line.Bottom), Turn(line.X, line.Bottom)];
        }
    }

    public override Box Bounds
    {
        get
        {
            PointPt[] corners = Corners;
            double left = corners.Min(c => c.X), top = corners.Min(c => c.Y);
            return new Box(left, top, corners.Max(c => c.X) - left, corners.Max(c => c.Y) - top);
        }
    }

    // The same matrix as XGraphics.RotateAtTransform: in y-down page space a positive angle turns clockwise.
    private PointPt Turn(double x, double y)
    {
        double radians = AngleDeg * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double dx = x - Pivot.X, dy = y - Pivot.Y;
        return new PointPt(Pivot.X + (dx * cos) - (dy * sin), Pivot.Y + (dx * sin) + (dy * cos));
    }
}
