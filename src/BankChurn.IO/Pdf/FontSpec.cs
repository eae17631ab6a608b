namespace BankChurn.IO.Pdf;

/// <summary>A text size and weight; the family is the theme's.</summary>
internal readonly record struct FontSpec(double SizePt, bool Bold = false)
{
    /// <summary>Distance between baselines of wrapped lines.</summary>
    public double LineHeightPt => SizePt * 1.25;

    /// <summary>Where the baseline sits below the top of a line box: roughly the ascent of DejaVu and Lato plus half the leading.</summary>
    public double BaselinePt => SizePt * 0.97;
}
