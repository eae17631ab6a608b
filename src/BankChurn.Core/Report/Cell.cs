using System.Globalization;

namespace BankChurn.Core.Report;

/// <summary>
/// One raw table value: nothing, a finite number, a text or a date, with an optional format that overrides the column's.
/// Implicit conversions let the composer write rows as <c>["balance", 2295, 0.2295]</c>.
/// </summary>
public readonly record struct Cell
{
    private Cell(CellKind kind, double number, string? text, DateOnly date, CellFormat? format)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Date = date;
        Format = format;
    }

    /// <summary>A blank cell (a missing value): an empty cell in the workbook, a dash in the deck.</summary>
    public static Cell Empty => default;

    public CellKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="CellKind.Number"/>; always finite.</summary>
    public double Number { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="CellKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="CellKind.Date"/>.</summary>
    public DateOnly Date { get; }

    /// <summary>This cell's own format, or null to use its column's.</summary>
    public CellFormat? Format { get; }

    /// <summary>A number. NaN and infinities are refused: outputs never show them, so a missing figure must be <see cref="Empty"/>.</summary>
    public static Cell Of(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A cell holds finite numbers only; use Cell.Empty for a missing value.");
        return new Cell(CellKind.Number, value, null, default, null);
    }

    /// <summary>A whole number; counts up to 2^53 are held exactly.</summary>
    public static Cell Of(long value) => Of((double)value);

    public static Cell Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Cell(CellKind.Text, 0, value, default, null);
    }

    public static Cell Of(DateOnly value) => new(CellKind.Date, 0, null, value, CellFormat.Date);

    /// <summary>A number, or <see cref="Empty"/> when there is none (an empty group has no mean).</summary>
    public static Cell OfOptional(double? value) => value is { } number ? Of(number) : Empty;

    /// <summary>The same value shown with <paramref name="format"/> instead of the column's format.</summary>
    public Cell WithFormat(CellFormat format) => new(Kind, Number, Text, Date, format);

    public static implicit operator Cell(double value) => Of(value);

    public static implicit operator Cell(int value) => Of(value);

    public static implicit operator Cell(long value) => Of(value);

    public static implicit operator Cell(string value) => Of(value);

    public static implicit operator Cell(DateOnly value) => Of(value);

    /// <summary>A culture-free rendering for debugging and test messages; writers format cells themselves.</summary>
    public override string ToString() => Kind switch
    {
        CellKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        CellKind.Text => Text!,
        CellKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "",
    };
}
