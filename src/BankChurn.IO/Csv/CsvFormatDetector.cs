using System.Text;
using BankChurn.Core;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Csv;

/// <summary>
/// Works out how to read the client table: encoding, separator and decimal mark, each from the config when it is set
/// and otherwise from the start of the file. Detection is deliberately simple and explainable, because the analyst
/// sees the result in the data quality block and can override any part of it.
/// </summary>
internal static class CsvFormatDetector
{
    public const string Utf8Name = "utf-8";
    public const string Windows1251Name = "windows-1251";
    public const string Utf16Name = "utf-16";

    private static readonly char[] Separators = [';', '\t', ','];

    /// <summary>Records looked at to confirm a separator and to see how numbers are written.</summary>
    private const int SampleRecords = 200;

    static CsvFormatDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The detected format, and the encoding to hand to the CSV reader (null: UTF-8 or what the byte order mark says).</summary>
    public static (DetectedFormat Format, Encoding? ReaderEncoding, string SampleText) Detect(CsvSample sample, InputSettings settings)
    {
        (string encodingName, Encoding textEncoding, Encoding? readerEncoding) = ChooseEncoding(sample, settings);
        string text = sample.Text(textEncoding);
        char separator = settings.Separator ?? DetectSeparator(text);
        char decimalMark = settings.DecimalMark ?? DetectDecimalMark(text, separator, settings);
        if (decimalMark == separator)
        {
            throw new InputException(ProblemKind.Usage, new SourceLocation(settings.Path),
                $"the decimal mark '{decimalMark}' is the same as the field separator.",
                "Set a different decimal_mark or separator in the input section of report.config.yaml.");
        }
        var format = new DetectedFormat(encodingName, separator, decimalMark,
            ByteOrderMark: sample.HasUtf8Bom || sample.HasUtf16Bom, LineBreak: CsvSample.LineBreakOf(text));
        return (format, readerEncoding, text);
    }

    private static (string Name, Encoding Text, Encoding? Reader) ChooseEncoding(CsvSample sample, InputSettings settings)
    {
        if (settings.Encoding is { } configured)
        {
            string key = configured.Trim().ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal);
            return key switch
            {
                "UTF-8" or "UTF8" or "UTF-8-BOM" => (Utf8Name, new UTF8Encoding(false), null),
                "WINDOWS-1251" or "CP1251" or "1251" => (Windows1251Name, Encoding.GetEncoding(1251), Encoding.GetEncoding(1251)),
                _ => throw new InputException(ProblemKind.Usage, new SourceLocation(settings.Path, Field: "encoding"),
                    $"the encoding \"{configured}\" is not supported.",
                    "Use utf-8 or windows-1251, or leave encoding out to detect it."),
            };
        }
        if (sample.HasUtf16Bom)
            return (Utf16Name, sample.Bytes.Span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, null);
        // A UTF-8 byte order mark, or text that decodes strictly as UTF-8, is UTF-8; anything else from a Russian bank
        // is Windows-1251 (the only other encoding its exports use), where every byte is a valid character.
        if (sample.HasUtf8Bom || sample.IsValidUtf8())
            return (Utf8Name, new UTF8Encoding(false), null);
        return (Windows1251Name, Encoding.GetEncoding(1251), Encoding.GetEncoding(1251));
    }

    /// <summary>
    /// The candidate that occurs most often in the header line (outside quotes) and splits the next lines into as many
    /// fields as the header; when none is confirmed, the most frequent one in the header; a comma when none occurs.
    /// </summary>
    internal static char DetectSeparator(string text)
    {
        var counted = new List<(char Separator, int Fields, List<List<string>> Records)>();
        foreach (char candidate in Separators)
        {
            List<List<string>> records = CsvSample.Split(text, candidate, SampleRecords);
            if (records.Count > 0 && records[0].Count > 1)
                counted.Add((candidate, records[0].Count, records));
        }
        if (counted.Count == 0) return ',';
        counted.Sort((a, b) => b.Fields.CompareTo(a.Fields));
        foreach ((char separator, int fields, List<List<string>> records) in counted)
        {
            if (records.Count == 1) break;
            int agreeing = records.Skip(1).Count(r => r.Count == fields);
            // Most rows, not all: a short row must not change the separator (it is reported as a short row instead).
            if (agreeing * 10 >= (records.Count - 1) * 8) return separator;
        }
        return counted[0].Separator;
    }

    /// <summary>
    /// With a comma separator the decimal mark is the point (an unquoted decimal comma would split the field).
    /// Otherwise the numeric columns of the sample vote: each value with a mark votes for the last mark it contains.
    /// </summary>
    internal static char DetectDecimalMark(string text, char separator, InputSettings settings)
    {
        if (separator == ',') return '.';
        List<List<string>> records = CsvSample.Split(text, separator, SampleRecords);
        if (records.Count < 2) return '.';
        int[] numeric = ClientColumnBinding.NumericFieldIndexes(records[0], settings.ColumnMap);
        if (numeric.Length == 0) numeric = [.. Enumerable.Range(0, records[0].Count)];
        int commas = 0, points = 0;
        foreach (List<string> record in records.Skip(1))
        {
            foreach (int index in numeric)
            {
                if (index >= record.Count) continue;
                string value = record[index].Trim();
                int mark = value.AsSpan().LastIndexOfAny('.', ',');
                if (mark < 0 || !LooksNumeric(value)) continue;
                if (value[mark] == ',') commas++;
                else points++;
            }
        }
        return commas > points ? ',' : '.';
    }

    private static bool LooksNumeric(string value)
    {
        foreach (char c in value)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '-' or '+'))
                return false;
        return true;
    }
}
