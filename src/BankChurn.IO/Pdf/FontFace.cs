namespace BankChurn.IO.Pdf;

/// <summary>One installed TrueType font file as read from its own tables: family names, weight, width and slant.</summary>
/// <param name="Families">The family names the face answers to: the legacy family (name ID 1) and the typographic one (ID 16) if different.</param>
/// <param name="Weight">OS/2 usWeightClass: 400 regular, 700 bold.</param>
/// <param name="Width">OS/2 usWidthClass: 5 normal, 4 semi-condensed.</param>
internal sealed record FontFace(string Path, IReadOnlyList<string> Families, int Weight, int Width, bool Italic)
{
    public bool IsBold => Weight >= 600;
}
