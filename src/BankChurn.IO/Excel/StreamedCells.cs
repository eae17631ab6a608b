using System.Globalization;
using BankChurn.Core.Report;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportCell = BankChurn.Core.Report.Cell;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace BankChurn.IO.Excel;

/// <summary>
/// Writes streamed rows cell by cell with reused element prototypes and attribute buffers, so that a row costs its
/// values' text and nothing else. Text goes to the shared string table while it has fewer than
/// <see cref="MaxStreamedStrings"/> distinct texts (category levels and segment names repeat on every row, so the table
/// stays small); any further new text is written inline, so that a column of distinct texts cannot grow the table
/// without bound. Either way text is a value: a cell is never written with a formula, whatever the text starts with.
/// </summary>
internal sealed class StreamedCells(SharedStrings strings)
{
    /// <summary>Distinct texts the streamed sheets may add to the shared string table.</summary>
    public const int MaxStreamedStrings = 50_000;

    private const int SmallIntegers = 4096;
    private static readonly string[] Integers = [.. Enumerable.Range(0, SmallIntegers).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private static readonly string[] StyleTexts = [.. Enumerable.Range(0, 32).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private readonly Row _row = new();
    private readonly XlsxCell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly Dictionary<string, string> _sharedIndex = new(StringComparer.Ordinal);
    private readonly OpenXmlAttribute[] _rowAttributes = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] _numberAttributes = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] _textAttributes = new OpenXmlAttribute[2];
    private readonly OpenXmlAttribute[] _preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private int _streamedStrings;

    /// <summary>A title or header cell, as an element (a handful per sheet).</summary>
    public XlsxCell HeaderCell(int row, int column, string text, uint style) => new()
    {
        CellReference = WorksheetBuilder.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    /// <summary>
    /// One row. Cells carry no reference: each follows the previous one, so an empty cell is written as an element with
    /// a style and no value, which keeps every later cell in its column.
    /// </summary>
    public void WriteRow(OpenXmlWriter writer, int rowNumber, ReportCell[] cells, uint[] styles)
    {
        _rowAttributes[0] = new OpenXmlAttribute("r", "", rowNumber.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartElement(_row, _rowAttributes);
        for (int c = 0; c < cells.Length; c++)
        {
            ReportCell cell = cells[c];
            uint style = cell.Format is { } own ? XlsxStyles.For(own) : styles[c];
            switch (cell.Kind)
            {
                case CellKind.Number:
                    WriteNumber(writer, cell.Number, style);
                    break;
                case CellKind.Date:
                    WriteNumber(writer, cell.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyles.Date);
                    break;
                case CellKind.Text:
                    WriteText(writer, cell.Text!);
                    break;
                default:
                    _numberAttributes[0] = new OpenXmlAttribute("s", "", Style(style));
                    writer.WriteStartElement(_cell, _numberAttributes);
                    writer.WriteEndElement();
                    break;
            }
        }

        writer.WriteEndElement();
    }

    private void WriteNumber(OpenXmlWriter writer, double value, uint style)
    {
        _numberAttributes[0] = new OpenXmlAttribute("s", "", Style(style));
        writer.WriteStartElement(_cell, _numberAttributes);
        writer.WriteStartElement(_value);
        writer.WriteString(value >= 0 && value < SmallIntegers && value == Math.Floor(value)
            ? Integers[(int)value]
            : value.ToString("R", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteText(OpenXmlWriter writer, string text)
    {
        _textAttributes[1] = new OpenXmlAttribute("s", "", Style(XlsxStyles.General));
        if (SharedIndex(text) is { } index)
        {
            _textAttributes[0] = new OpenXmlAttribute("t", "", "s");
            writer.WriteStartElement(_cell, _textAttributes);
            writer.WriteStartElement(_value);
            writer.WriteString(index);
            writer.WriteEndElement();
            writer.WriteEndElement();
            return;
        }

        string clean = SharedStrings.Clean(text);
        _textAttributes[0] = new OpenXmlAttribute("t", "", "inlineStr");
        writer.WriteStartElement(_cell, _textAttributes);
        writer.WriteStartElement(_inline);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
            writer.WriteStartElement(_text, _preserve);
        else
            writer.WriteStartElement(_text);
        writer.WriteString(clean);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The shared-string index as text, cached per distinct text; null once the bound is reached for a new text.</summary>
    private string? SharedIndex(string text)
    {
        if (_sharedIndex.TryGetValue(text, out string? index))
        {
            strings.CountUse();
            return index;
        }

        if (_streamedStrings >= MaxStreamedStrings)
            return null;
        _streamedStrings++;
        index = strings.IndexOf(text).ToString(CultureInfo.InvariantCulture);
        _sharedIndex[text] = index;
        return index;
    }

    private static string Style(uint style) => style < StyleTexts.Length ? StyleTexts[style] : style.ToString(CultureInfo.InvariantCulture);
}
