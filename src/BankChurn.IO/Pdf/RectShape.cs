using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>A filled rectangle without outline.</summary>
internal sealed record RectShape(Box Box, XColor Fill) : Shape
{
    public override Box Bounds => Box;
}
