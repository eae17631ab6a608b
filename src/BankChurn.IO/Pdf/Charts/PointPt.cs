namespace BankChurn.IO.Pdf.Charts;

/// <summary>A point on a slide in points, origin at the top-left corner, y growing downwards.</summary>
internal readonly record struct PointPt(double X, double Y);
