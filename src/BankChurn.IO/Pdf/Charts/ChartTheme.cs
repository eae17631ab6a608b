using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf.Charts;

/// <summary>
/// The charts' palette and type scale, derived from the deck's theme: the brand colour for the main series, a muted
/// grey for the rest, and one warm contrast accent reserved for what needs attention (churned clients, highlights).
/// </summary>
internal sealed record ChartTheme(SlideTheme Slide)
{
    public static readonly FontSpec TitleFont = new(12, Bold: true);
    public static readonly FontSpec TickFont = new(9.5);
    public static readonly FontSpec LabelFont = new(10.5);
    public static readonly FontSpec ValueFont = new(10, Bold: true);
    public static readonly FontSpec LegendFont = new(10);
    public static readonly FontSpec NoteFont = new(9);

    /// <summary>The smallest size chart text shrinks to before labels are thinned or cut.</summary>
    public const double MinFontPt = 7;

    public XColor Brand => Slide.Brand;

    /// <summary>The brand colour lightened, for a second non-accent series.</summary>
    public XColor BrandLight => Mix(Slide.Brand, Slide.White, 0.45);

    public XColor Grey { get; } = XColor.FromArgb(0xA9, 0xB1, 0xBC);

    /// <summary>A burnt orange: reads as "attention" against blue, grey and white and survives greyscale printing as a mid tone.</summary>
    public XColor Accent { get; } = XColor.FromArgb(0xE0, 0x6C, 0x2B);

    public XColor AccentTint => Mix(Accent, Slide.White, 0.10);

    public XColor Text => Slide.Text;

    public XColor Muted => Slide.Muted;

    public XColor Grid { get; } = XColor.FromArgb(0xE6, 0xE9, 0xED);

    public XColor AxisLine { get; } = XColor.FromArgb(0x9C, 0xA3, 0xAF);

    /// <summary>Whiskers and reference lines: dark enough to read over any bar colour.</summary>
    public XColor Ink { get; } = XColor.FromArgb(0x37, 0x41, 0x51);

    public XColor White => Slide.White;

    /// <summary>The colour of series <paramref name="index"/> among the non-highlighted ones.</summary>
    public XColor Series(int index, bool highlight) => highlight ? Accent : (index % 3) switch { 0 => Brand, 1 => Grey, _ => BrandLight };

    /// <summary>A heatmap cell: white at 0, the brand colour at 1.</summary>
    public XColor Ramp(double value) => Mix(Slide.Brand, Slide.White, 0.04 + (0.96 * Math.Clamp(value, 0, 1)));

    public static XColor WithAlpha(XColor color, double alpha) => XColor.FromArgb((int)Math.Round(alpha * 255), color.R, color.G, color.B);

    public static XColor Mix(XColor a, XColor b, double share) => XColor.FromArgb(
        (int)Math.Round((a.R * share) + (b.R * (1 - share))),
        (int)Math.Round((a.G * share) + (b.G * (1 - share))),
        (int)Math.Round((a.B * share) + (b.B * (1 - share))));
}
