namespace BankChurn.IO.Pdf;

/// <summary>Horizontal placement of a line within its box.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
}
