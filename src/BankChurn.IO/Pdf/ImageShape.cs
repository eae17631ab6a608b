namespace BankChurn.IO.Pdf;

/// <summary>A raster image (the logo) scaled into <paramref name="Box"/>; layout keeps the box at the image's aspect ratio.</summary>
internal sealed record ImageShape(string Path, Box Box) : Shape
{
    public override Box Bounds => Box;
}
