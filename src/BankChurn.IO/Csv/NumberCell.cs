using System.Globalization;

namespace BankChurn.IO.Csv;

/// <summary>
/// Parses numeric cells straight from the reader's UTF-8 bytes, with the file's decimal mark and never the machine's
/// culture, without making a string per cell.
/// </summary>
internal sealed class NumberCell
{
    // 10^0..10^15: exactly representable doubles, the divisors of the fast path.
    private static readonly double[] PowersOf10 =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private readonly byte _mark;
    private readonly NumberFormatInfo _format;

    public NumberCell(char decimalMark)
    {
        _mark = (byte)decimalMark;
        _format = new NumberFormatInfo
        {
            NumberDecimalSeparator = decimalMark.ToString(),
            // Never used (no AllowThousands), but must differ from the decimal mark.
            NumberGroupSeparator = decimalMark == ',' ? "." : ",",
            NegativeSign = "-",
            PositiveSign = "+",
        };
    }

    /// <summary>The cell without surrounding spaces and tabs.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> cell) => cell.Trim(" \t"u8);

    /// <summary>
    /// Whether a trimmed cell means "no value": empty, or a marker that spreadsheet and pandas exports write for one.
    /// </summary>
    public static bool IsMissing(ReadOnlySpan<byte> trimmed) =>
        trimmed.IsEmpty
        || trimmed.SequenceEqual("NA"u8) || trimmed.SequenceEqual("N/A"u8) || trimmed.SequenceEqual("NaN"u8)
        || trimmed.SequenceEqual("nan"u8) || trimmed.SequenceEqual("NULL"u8) || trimmed.SequenceEqual("null"u8);

    /// <summary>Parses a trimmed, non-missing cell; only finite numbers succeed.</summary>
    public bool TryParse(ReadOnlySpan<byte> trimmed, out double value)
    {
        if (TryParseSimple(trimmed, out value)) return true;
        return double.TryParse(trimmed, NumberStyles.Float, _format, out value) && double.IsFinite(value);
    }

    /// <summary>
    /// The common case <c>[-]digits[mark digits]</c> with at most 15 significant digits: the digits form an exact
    /// integer below 2^53 and the divisor an exact power of ten, so one IEEE division gives the correctly rounded
    /// result, bit for bit what double.Parse returns (Clinger's fast path), several times faster.
    /// </summary>
    private bool TryParseSimple(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0, fraction = 0;
        bool seenMark = false;
        for (; i < s.Length; i++)
        {
            byte c = s[i];
            uint digit = (uint)(c - '0');
            if (digit <= 9)
            {
                if (++digits > 15) return false;
                mantissa = mantissa * 10 + digit;
                if (seenMark) fraction++;
            }
            else if (c == _mark && !seenMark) seenMark = true;
            else return false;
        }
        if (digits == 0 || (seenMark && fraction == 0)) return false;
        value = mantissa / PowersOf10[fraction];
        if (negative) value = -value;
        return true;
    }
}
