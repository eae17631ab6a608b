using System.Text;
using System.Text.Unicode;

namespace BankChurn.IO.Csv;

/// <summary>
/// The first bytes of a CSV file, and what can be learned from them before the real read: the encoding,
/// the separator, the line break and the split records of the start of the file.
/// </summary>
internal sealed class CsvSample
{
    /// <summary>Enough for hundreds of rows of the client table, and small enough to read twice at no cost.</summary>
    public const int SampleBytes = 256 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private CsvSample(byte[] bytes, int length, long fileLength)
    {
        Bytes = bytes.AsMemory(0, length);
        FileLength = fileLength;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    public long FileLength { get; }

    /// <summary>Whether the sample is the whole file, so its last line is complete.</summary>
    public bool IsWholeFile => Bytes.Length == FileLength;

    public bool HasUtf8Bom => Bytes.Span.StartsWith(Utf8Bom);

    public bool HasUtf16Bom => Bytes.Span is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    public static CsvSample Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = stream.Length;
        var buffer = new byte[(int)Math.Min(length, SampleBytes)];
        int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return new CsvSample(buffer, read, length);
    }

    /// <summary>True when the file has nothing but whitespace (or nothing at all).</summary>
    public bool IsBlank()
    {
        if (!IsWholeFile) return false;
        ReadOnlySpan<byte> span = HasUtf8Bom ? Bytes.Span[3..] : Bytes.Span;
        foreach (byte b in span)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return false;
        return true;
    }

    /// <summary>
    /// Strict UTF-8 check of the sample. A cut in the middle of a multi-byte character at the end of the sample is not
    /// an error, so the last incomplete sequence is left out unless the sample is the whole file.
    /// </summary>
    public bool IsValidUtf8()
    {
        ReadOnlySpan<byte> span = Bytes.Span;
        if (!IsWholeFile)
        {
            // Back up to the start of the last character: at most 3 continuation bytes (10xxxxxx) precede it.
            int cut = span.Length;
            for (int back = 1; back <= 4 && span.Length - back >= 0; back++)
            {
                if ((span[^back] & 0xC0) != 0x80)
                {
                    cut = span.Length - back;
                    break;
                }
            }
            span = span[..cut];
        }
        return Utf8.IsValid(span);
    }

    /// <summary>The sample as text in <paramref name="encoding"/>, without a byte order mark, cut after its last complete line.</summary>
    public string Text(Encoding encoding)
    {
        string text = encoding.GetString(Bytes.Span);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!IsWholeFile)
        {
            int lastBreak = text.LastIndexOf('\n');
            text = lastBreak >= 0 ? text[..(lastBreak + 1)] : text;
        }
        return text;
    }

    /// <summary>
    /// Splits the start of <paramref name="text"/> into records of fields (RFC 4180 quoting: a quoted field may hold
    /// separators, doubled quotes and line breaks), up to <paramref name="maxRecords"/> records; empty lines are skipped.
    /// </summary>
    public static List<List<string>> Split(string text, char separator, int maxRecords)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false;
        bool lineHasContent = false;
        for (int i = 0; i < text.Length && records.Count < maxRecords; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
                continue;
            }
            if (c == '"') { inQuotes = true; lineHasContent = true; }
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); lineHasContent = true; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (lineHasContent || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    records.Add(fields);
                    fields = [];
                }
                field.Clear();
                lineHasContent = false;
            }
            else { field.Append(c); lineHasContent = true; }
        }
        if (records.Count < maxRecords && (lineHasContent || field.Length > 0) && !inQuotes)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }
        return records;
    }

    /// <summary>"CRLF" when the first line break of the text is CR LF, else "LF".</summary>
    public static string LineBreakOf(string text)
    {
        int lf = text.IndexOf('\n', StringComparison.Ordinal);
        return lf > 0 && text[lf - 1] == '\r' ? "CRLF" : "LF";
    }
}
