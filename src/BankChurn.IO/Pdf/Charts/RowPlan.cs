namespace BankChurn.IO.Pdf.Charts;

/// <summary>How row labels will be drawn: their font, the width they take, their lines and every how many are shown.</summary>
internal sealed record RowPlan(FontSpec Font, double Width, List<string>[] Lines, int Every);
