using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BankChurn.Core.Report;
using ReportCell = BankChurn.Core.Report.Cell;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes streamed rows as worksheet XML bytes with <see cref="Utf8XmlWriter"/>: each cell's opening markup (style and
/// type) is prepared once per style, so a cell costs a copy of that markup plus its value. Text goes to the shared string
/// table while it has fewer than <see cref="MaxStreamedStrings"/> distinct texts (category levels and segment names
/// repeat on every row, so the table stays small); any further new text is written inline, so that a column of distinct
/// texts cannot grow the table without bound. Either way text is a value: a cell is never written with a formula,
/// whatever the text starts with.
/// </summary>
internal sealed class StreamedCells(SharedStrings strings)
{
    /// <summary>Distinct texts the streamed sheets may add to the shared string table.</summary>
    public const int MaxStreamedStrings = 50_000;

    /// <summary>Slots of the cache that finds a text's shared-string index by reference (see <see cref="SharedIndex"/>).</summary>
    private const int RecentTexts = 1024;

    /// <summary>Bytes a row needs besides its cells ("&lt;row r=\"1048576\"&gt;" … "&lt;/row&gt;"), and at most per cell.</summary>
    private const int RowBytes = 32;

    /// <summary>The longest cell but an inline text: the opening markup (under 32 bytes), a number or index, the closing tags.</summary>
    private const int MaxCellBytes = 32 + Utf8XmlWriter.MaxNumberBytes + 16;

    private static readonly byte[][] NumberOpen = Markup(s => $"<c s=\"{s}\"><v>");
    private static readonly byte[][] EmptyCell = Markup(s => $"<c s=\"{s}\"/>");
    private static readonly byte[] SharedOpen = Encoding.UTF8.GetBytes($"<c s=\"{XlsxStyles.General}\" t=\"s\"><v>");
    private static readonly byte[] InlineOpen = Encoding.UTF8.GetBytes($"<c s=\"{XlsxStyles.General}\" t=\"inlineStr\"><is><t>");
    private static readonly byte[] InlineOpenPreserve = Encoding.UTF8.GetBytes($"<c s=\"{XlsxStyles.General}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");

    private readonly Dictionary<string, byte[]> _sharedIndex = new(StringComparer.Ordinal);
    private readonly (string? Text, byte[]? Index)[] _recent = new (string?, byte[]?)[RecentTexts];
    private int _streamedStrings;

    /// <summary>A title or header cell, with its reference (a handful per sheet).</summary>
    public void HeaderCell(Utf8XmlWriter xml, int row, int column, string text, uint style)
    {
        xml.Raw("<c r=\"" + WorksheetBuilder.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture) + "\" s=\""
            + style.ToString(CultureInfo.InvariantCulture) + "\" t=\"s\"><v>");
        xml.Integer(strings.IndexOf(text));
        xml.Raw("</v></c>"u8);
    }

    /// <summary>
    /// One row. Cells carry no reference: each follows the previous one, so an empty cell is written as an element with
    /// a style and no value, which keeps every later cell in its column.
    /// </summary>
    public void WriteRow(Utf8XmlWriter xml, int rowNumber, ReportCell[] cells, uint[] styles)
    {
        // One reservation per row, then plain span writes: per-piece buffer checks were a third of the time per cell.
        // Only an inline text (rare: past the shared-string bound) leaves the span and reserves again. A row must fit the
        // writer's 64 KiB buffer: about 800 columns, where a client list has a few dozen.
        int room = RowBytes + (cells.Length * MaxCellBytes);
        Span<byte> span = xml.Reserve(room);
        int at = Put(span, 0, "<row r=\""u8);
        Utf8Formatter.TryFormat(rowNumber, span[at..], out int digits);
        at = Put(span, at + digits, "\">"u8);
        for (int c = 0; c < cells.Length; c++)
        {
            ref readonly ReportCell cell = ref cells[c];
            switch (cell.Kind)
            {
                case CellKind.Number:
                    at = Put(span, at, NumberOpen[Style(cell, styles[c])]);
                    at += Utf8XmlWriter.FormatNumber(cell.Number, span[at..]);
                    at = Put(span, at, "</v></c>"u8);
                    break;
                case CellKind.Date:
                    at = Put(span, at, NumberOpen[XlsxStyles.Date]);
                    at += Utf8XmlWriter.FormatNumber(cell.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), span[at..]);
                    at = Put(span, at, "</v></c>"u8);
                    break;
                case CellKind.Text when SharedIndex(cell.Text!) is { } index:
                    at = Put(span, at, SharedOpen);
                    at = Put(span, at, index);
                    at = Put(span, at, "</v></c>"u8);
                    break;
                case CellKind.Text:
                    xml.Advance(at);
                    WriteInline(xml, cell.Text!);
                    span = xml.Reserve(room);
                    at = 0;
                    break;
                default:
                    at = Put(span, at, EmptyCell[Style(cell, styles[c])]);
                    break;
            }
        }

        at = Put(span, at, "</row>"u8);
        xml.Advance(at);
    }

    private static int Put(Span<byte> span, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(span[at..]);
        return at + bytes.Length;
    }

    private static uint Style(in ReportCell cell, uint column) => cell.Format is { } own ? XlsxStyles.For(own) : column;

    /// <summary>A text past the shared-string bound, inline in its cell.</summary>
    private static void WriteInline(Utf8XmlWriter xml, string text)
    {
        string clean = SharedStrings.Clean(text);
        bool preserve = clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]));
        xml.Raw(preserve ? InlineOpenPreserve : InlineOpen);
        xml.Text(clean);
        xml.Raw("</t></is></c>"u8);
    }

    /// <summary>
    /// The shared-string index as UTF-8 digits; null once the bound is reached for a new text. The rows hand over the same
    /// string objects again and again (a segment's name, a category's levels), so a small cache keyed by reference answers
    /// most cells without hashing the text; the ordinal dictionary behind it answers the rest.
    /// </summary>
    private byte[]? SharedIndex(string text)
    {
        int slot = RuntimeHelpers.GetHashCode(text) & (RecentTexts - 1);
        (string? recentText, byte[]? recentIndex) = _recent[slot];
        if (ReferenceEquals(recentText, text))
        {
            strings.CountUse();
            return recentIndex;
        }

        if (_sharedIndex.TryGetValue(text, out byte[]? index))
        {
            strings.CountUse();
            _recent[slot] = (text, index);
            return index;
        }

        if (_streamedStrings >= MaxStreamedStrings)
            return null;
        _streamedStrings++;
        index = Encoding.UTF8.GetBytes(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
        _sharedIndex[text] = index;
        _recent[slot] = (text, index);
        return index;
    }

    private static byte[][] Markup(Func<uint, string> markup) =>
        [.. Enumerable.Range(0, XlsxStyles.StyleCount).Select(s => Encoding.UTF8.GetBytes(markup((uint)s)))];
}
