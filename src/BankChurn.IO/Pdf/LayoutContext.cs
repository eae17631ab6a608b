namespace BankChurn.IO.Pdf;

/// <summary>What every layout step needs: the theme, the value formatter and a text measurer.</summary>
internal sealed record LayoutContext(SlideTheme Theme, CellText Text, ITextMeasurer Measure)
{
    /// <summary>The bank's logo, or null for none; layout only needs its file and shape, the painter loads it.</summary>
    public LogoImage? Logo { get; init; }

    public double Width(string text, FontSpec font) => Measure.WidthPt(text, font);
}
