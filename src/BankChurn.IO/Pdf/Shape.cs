namespace BankChurn.IO.Pdf;

/// <summary>One drawing primitive in points, produced by layout and drawn as is by <see cref="SlidePainter"/>.</summary>
internal abstract record Shape
{
    /// <summary>The area the shape covers, for layout tests.</summary>
    public abstract Box Bounds { get; }
}
