namespace BankChurn.IO.Pdf.Charts;

/// <summary>How category labels will be drawn: their font, level or turned 45°, every how many shown, their lines and the height they take.</summary>
internal sealed record CategoryPlan(FontSpec Font, bool Rotated, int Every, List<string>[] Lines, double Height);
