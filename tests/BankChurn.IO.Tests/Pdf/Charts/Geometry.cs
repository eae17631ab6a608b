using BankChurn.IO.Pdf;
using BankChurn.IO.Pdf.Charts;

namespace BankChurn.IO.Tests.Pdf.Charts;

/// <summary>Overlap tests for text, turned or not: turned labels are compared as rotated rectangles (separating axis test).</summary>
internal static class Geometry
{
    public static PointPt[] Outline(Shape shape) => shape switch
    {
        RotatedTextShape turned => turned.Corners,
        TextShape text => [new(text.Line.X, text.Line.Y), new(text.Line.Right, text.Line.Y), new(text.Line.Right, text.Line.Bottom), new(text.Line.X, text.Line.Bottom)],
        _ => throw new ArgumentException("Only text has an outline here.", nameof(shape)),
    };

    /// <summary>True when two convex outlines share area (touching edges do not count).</summary>
    public static bool Overlap(PointPt[] a, PointPt[] b)
    {
        foreach (PointPt[] polygon in new[] { a, b })
        {
            for (int i = 0; i < polygon.Length; i++)
            {
                PointPt p = polygon[i], q = polygon[(i + 1) % polygon.Length];
                (double nx, double ny) = (q.Y - p.Y, p.X - q.X);
                (double minA, double maxA) = Project(a, nx, ny);
                (double minB, double maxB) = Project(b, nx, ny);
                double length = Math.Sqrt((nx * nx) + (ny * ny));
                if (maxA <= minB + (0.01 * length) || maxB <= minA + (0.01 * length))
                    return false;
            }
        }

        return true;
    }

    private static (double Min, double Max) Project(PointPt[] polygon, double nx, double ny)
    {
        double[] values = [.. polygon.Select(p => (p.X * nx) + (p.Y * ny))];
        return (values.Min(), values.Max());
    }
}
