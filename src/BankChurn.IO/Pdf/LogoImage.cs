namespace BankChurn.IO.Pdf;

/// <summary>The logo file and its width over height, read once per document so that layout can size it without loading pixels again.</summary>
internal sealed record LogoImage(string Path, double Aspect);
