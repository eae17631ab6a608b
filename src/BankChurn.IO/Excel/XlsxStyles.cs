using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportFormat = BankChurn.Core.Report.CellFormat;

namespace BankChurn.IO.Excel;

/// <summary>
/// The workbook's one stylesheet, created once per workbook, and the cell style index for each <see cref="ReportFormat"/>.
/// Numbers keep their value; only the number format decides how Excel shows them.
/// </summary>
internal static class XlsxStyles
{
    public const uint Header = 1;
    public const uint General = 2;
    public const uint Integer = 3;
    public const uint Decimal = 4;
    public const uint Percent = 5;
    public const uint Money = 6;
    public const uint Date = 7;
    public const uint Title = 8;
    public const uint Scientific = 9;

    /// <summary>How many cell styles the stylesheet has (indexes 0 to 9 above).</summary>
    public const int StyleCount = 10;

    /// <summary>Custom number formats start at 164; lower ids are Excel's built-ins (3 is "#,##0", 2 is "0.00", 11 is "0.00E+00").</summary>
    public const string PercentFormat = "0.0%";
    public const string MoneyFormat = "#,##0\\ \"₽\"";

    /// <summary>Column widths in Excel's character units: never so narrow that a header is a stub, never wider than a screenful.</summary>
    public const double MinWidth = 8;
    public const double MaxWidth = 60;

    /// <summary>The fill of the data bars on a rate column (a muted blue that reads on white and in print).</summary>
    public const string DataBarRgb = "FF5B9BD5";

    /// <summary>The width that shows <paramref name="characters"/> characters, with a margin for the filter button.</summary>
    public static double Width(int characters) => Math.Round(Math.Clamp((characters * 1.1) + 2, MinWidth, MaxWidth), 2);

    /// <summary>The &lt;cols&gt; element for the given widths, column 1 first.</summary>
    public static Columns ColumnWidths(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (int c = 0; c < widths.Count; c++)
        {
            uint index = (uint)(c + 1);
            columns.Append(new Column { Min = index, Max = index, Width = widths[c], CustomWidth = true });
        }

        return columns;
    }

    /// <summary>Data bars over <paramref name="range"/> (e.g. "K2:K20"), scaled from the lowest to the highest value.</summary>
    public static ConditionalFormatting DataBars(string range) => new(
        new ConditionalFormattingRule(
            new DataBar(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = DataBarRgb }))
        { Type = ConditionalFormatValues.DataBar, Priority = 1 })
    { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };

    public static uint For(ReportFormat format) => format switch
    {
        ReportFormat.Integer => Integer,
        ReportFormat.Decimal => Decimal,
        ReportFormat.Percent => Percent,
        ReportFormat.Money => Money,
        ReportFormat.Date => Date,
        ReportFormat.Scientific => Scientific,
        _ => General,
    };

    public static string DateFormat(string language) => language == "en" ? "yyyy-mm-dd" : "dd.mm.yyyy";

    /// <param name="brandRgb">The header fill as "RRGGBB".</param>
    public static Stylesheet Create(string brandRgb, string language)
    {
        var numberFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = PercentFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = MoneyFormat },
            new NumberingFormat { NumberFormatId = 166, FormatCode = DateFormat(language) })
        { Count = 3 };

        var fonts = new Fonts(
            Font(11, bold: false, color: null),
            Font(11, bold: true, color: "FFFFFFFF"),
            Font(14, bold: true, color: null))
        { Count = 3 };

        // Fills 0 and 1 are reserved by the format (none and gray125); ours start at 2.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + brandRgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF7F7F7F" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };

        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            Number(0),
            Number(3),
            Number(2),
            Number(164),
            Number(165),
            Number(166),
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Number(11))
        { Count = StyleCount };

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Number(uint id) => new()
    {
        NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = id != 0,
    };

    private static Font Font(double size, bool bold, string? color)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = size });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = color });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
