namespace BankChurn.IO.Pdf;

/// <summary>A rectangle on a slide in points, origin at the top-left corner, y growing downwards (PDFsharp's default).</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    // Layout arithmetic accumulates rounding error; containment tolerates a hundredth of a point.
    private const double Tolerance = 0.01;

    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Contains(Box inner) =>
        inner.X >= X - Tolerance && inner.Y >= Y - Tolerance && inner.Right <= Right + Tolerance && inner.Bottom <= Bottom + Tolerance;

    public bool Overlaps(Box other) =>
        X < other.Right - Tolerance && other.X < Right - Tolerance && Y < other.Bottom - Tolerance && other.Y < Bottom - Tolerance;

    /// <summary>The part of this box from <paramref name="dy"/> below its top, <paramref name="height"/> high.</summary>
    public Box Slice(double dy, double height) => new(X, Y + dy, Width, height);

    public Box Inset(double horizontal, double vertical) =>
        new(X + horizontal, Y + vertical, Math.Max(0, Width - (2 * horizontal)), Math.Max(0, Height - (2 * vertical)));
}
