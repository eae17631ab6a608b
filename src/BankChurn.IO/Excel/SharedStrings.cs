using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BankChurn.IO.Excel;

/// <summary>The workbook's shared string table: each distinct text stored once, cells refer to it by index.</summary>
internal sealed class SharedStrings
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellLength = 32767;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int Count { get; private set; }

    public int IndexOf(string text)
    {
        Count++;
        string clean = Clean(text);
        if (!_index.TryGetValue(clean, out int index))
        {
            index = _texts.Count;
            _index[clean] = index;
            _texts.Add(clean);
        }

        return index;
    }

    /// <summary>Counts one more cell referring to a text already in the table (the table records how many cells use it).</summary>
    public void CountUse() => Count++;

    public SharedStringTable ToTable()
    {
        var table = new SharedStringTable { Count = (uint)Count, UniqueCount = (uint)_texts.Count };
        foreach (string text in _texts)
        {
            // Keep leading and trailing spaces as written.
            var t = new Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
            table.Append(new SharedStringItem(t));
        }

        return table;
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters from a data file would make the workbook unreadable)
    /// and cuts the text to Excel's cell limit.
    /// </summary>
    internal static string Clean(string text)
    {
        var clean = new StringBuilder(Math.Min(text.Length, MaxCellLength));
        for (int i = 0; i < text.Length && clean.Length < MaxCellLength; i++)
        {
            char c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                if (clean.Length + 2 > MaxCellLength)
                    break;
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))
            {
                clean.Append(c);
            }
            else
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }
}
