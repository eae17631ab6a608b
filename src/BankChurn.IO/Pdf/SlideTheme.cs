using System.Globalization;
using BankChurn.Core;
using BankChurn.Core.Report;
using PdfSharp.Drawing;

namespace BankChurn.IO.Pdf;

/// <summary>The deck's look in one place: page size, margins, colours and type scale, derived from the brand colour and font family.</summary>
internal sealed record SlideTheme(XColor Brand, string FontFamily)
{
    /// <summary>16:9 at 13.333 × 7.5 in, the size of a PowerPoint widescreen slide.</summary>
    public const double PageWidthPt = 960;

    public const double PageHeightPt = 540;

    public const double MarginPt = 48;

    /// <summary>The smallest text size layout may shrink to before it cuts text.</summary>
    public const double MinTextPt = 10;

    public static readonly FontSpec Title = new(26, Bold: true);
    public static readonly FontSpec Subtitle = new(14);
    public static readonly FontSpec Body = new(15);
    public static readonly FontSpec Heading = new(15, Bold: true);
    public static readonly FontSpec TableText = new(13);
    public static readonly FontSpec Footer = new(9);
    public static readonly FontSpec FigureLabel = new(12);
    public static readonly FontSpec FigureValue = new(30, Bold: true);
    public static readonly FontSpec FigureNote = new(11);
    public static readonly FontSpec CoverTitle = new(34, Bold: true);
    public static readonly FontSpec CoverLine = new(16);

    public XColor Text { get; } = XColor.FromArgb(0x1F, 0x29, 0x37);

    public XColor Muted { get; } = XColor.FromArgb(0x6B, 0x72, 0x80);

    public XColor Rule { get; } = XColor.FromArgb(0xD5, 0xDA, 0xE1);

    public XColor Zebra { get; } = XColor.FromArgb(0xF4, 0xF6, 0xF9);

    public XColor White { get; } = XColor.FromArgb(0xFF, 0xFF, 0xFF);

    /// <summary>The brand colour at 8 % over white: card and panel backgrounds.</summary>
    public XColor BrandTint => Mix(Brand, White, 0.08);

    /// <summary>The brand colour darkened: big numbers, readable even when the brand colour is light.</summary>
    public XColor BrandDark => Mix(Brand, XColor.FromArgb(0, 0, 0), 0.8);

    /// <summary>Light text on the brand colour, for secondary lines on the cover.</summary>
    public XColor OnBrandMuted => Mix(White, Brand, 0.78);

    public static Box Page => new(0, 0, PageWidthPt, PageHeightPt);

    /// <summary>The theme of a report.</summary>
    /// <exception cref="InputException">The brand colour is not "#RRGGBB".</exception>
    public static SlideTheme From(ReportMeta meta) => new(ParseColor(meta.BrandColor, meta.ConfigFile), meta.FontFamily);

    public static XColor ParseColor(string hex, string configFile)
    {
        string digits = hex.Trim().TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int rgb))
        {
            throw new InputException(
                ProblemKind.Usage,
                new SourceLocation(configFile, Field: "report.brand_color"),
                $"'{hex}' is not a colour.",
                "Write it as #RRGGBB, for example #1F4E79.");
        }

        return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /// <summary><paramref name="share"/> of <paramref name="a"/> over the rest <paramref name="b"/>.</summary>
    private static XColor Mix(XColor a, XColor b, double share) => XColor.FromArgb(
        (int)Math.Round((a.R * share) + (b.R * (1 - share))),
        (int)Math.Round((a.G * share) + (b.G * (1 - share))),
        (int)Math.Round((a.B * share) + (b.B * (1 - share))));
}
