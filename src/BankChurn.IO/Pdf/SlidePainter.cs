using BankChurn.IO.Pdf.Charts;
using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>Draws a laid-out slide on a PDF page. All decisions were made by <see cref="SlideLayout"/>; this only replays shapes.</summary>
internal static class SlidePainter
{
    /// <param name="logo">The loaded logo, drawn wherever layout placed an <see cref="ImageShape"/>; loaded once per document so its pixels are embedded once.</param>
    public static void Paint(XGraphics graphics, SlideDrawing drawing, XFonts fonts, XImage? logo = null)
    {
        foreach (Shape shape in drawing.Shapes)
        {
            switch (shape)
            {
                case RectShape rect:
                    graphics.DrawRectangle(new XSolidBrush(rect.Fill), rect.Box.X, rect.Box.Y, rect.Box.Width, rect.Box.Height);
                    break;
                case LineShape line:
                    graphics.DrawLine(new XPen(line.Color, line.WidthPt), line.X1, line.Y, line.X2, line.Y);
                    break;
                case TextShape text when text.Text.Length > 0:
                    // The point overload draws with the baseline at y, which is what layout computed.
                    graphics.DrawString(text.Text, fonts.Get(text.Font), new XSolidBrush(text.Color), text.X, text.BaselineY, XStringFormats.BaseLineLeft);
                    break;
                case TextShape:
                    break;
                case ImageShape image when logo is not null:
                    graphics.DrawImage(logo, image.Box.X, image.Box.Y, image.Box.Width, image.Box.Height);
                    break;
                case var other when ChartPainter.Paint(graphics, other, fonts):
                    break;
                default:
                    throw new NotSupportedException($"The PDF painter cannot draw {shape.GetType().Name}.");
            }
        }
    }
}
