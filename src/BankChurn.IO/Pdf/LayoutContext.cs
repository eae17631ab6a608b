namespace BankChurn.IO.Pdf;

/// <summary>What every layout step needs: the theme, the value formatter and a text measurer.</summary>
internal sealed record LayoutContext(SlideTheme Theme, CellText Text, ITextMeasurer Measure)
{
    public double Width(string text, FontSpec font) => Measure.WidthPt(text, font);
}
