using System.Text;

namespace BankChurn.IO.Tests.Robustness;

/// <summary>Damages a valid client table the ways real exports get damaged, one to three mutations per case, and says what it did.</summary>
internal static class DataMutator
{
    private static readonly string[] Words = ["abc", "N/A", "-", "ноль", "1 000", "1,5,3", "true", "0x1F", "12abc", "′", "\u00A0", "١٢٣", "<NA>", "null"];
    private static readonly string[] HugeNumbers = ["1e308", "1e400", "-1e308", "-1e400", "1.7976931348623157e308", "99999999999999999999999", "1e-400", "-0", "NaN", "Infinity", "-Infinity", "4.9e-324", "2147483648", "-2147483649"];
    private static readonly byte[][] BadBytes = [[0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80], [0xC0, 0xAF], [0x00], [0xED, 0xA0, 0x80]];

    private delegate string Mutation(Random random, ref byte[] data);

    private static readonly Mutation[] Mutations =
    [
        FlipBytes, CutMidLine, SwapColumns, RenameHeader, TextValue, HugeNumber, HugeNumber, EmptyField, EmptyField,
        NonUtf8, BomInMiddle, ChangeDelimiter, UnbalancedQuote, ShortOrLongRow, DuplicateOrBlankLines,
    ];

    public static (byte[] Data, string Description) Mutate(byte[] valid, Random random)
    {
        byte[] data = [.. valid];
        int count = 1 + random.Next(3);
        var done = new List<string>(count);
        for (int i = 0; i < count; i++)
            done.Add(Mutations[random.Next(Mutations.Length)](random, ref data));
        return (data, string.Join("; ", done));
    }

    private static string FlipBytes(Random random, ref byte[] data)
    {
        int flips = 1 + random.Next(8);
        for (int i = 0; i < flips; i++)
            data[random.Next(data.Length)] ^= (byte)(1 + random.Next(255));
        return $"{flips} bytes flipped";
    }

    private static string CutMidLine(Random random, ref byte[] data)
    {
        int at = random.Next(data.Length);
        data = data[..at];
        return $"cut at byte {at}";
    }

    private static string SwapColumns(Random random, ref byte[] data)
    {
        string[] lines = Lines(data);
        int row = random.Next(3) == 0 ? 0 : random.Next(lines.Length);
        string[] fields = lines[row].Split(',');
        if (fields.Length < 2) return "swap skipped";
        int a = random.Next(fields.Length), b = random.Next(fields.Length);
        (fields[a], fields[b]) = (fields[b], fields[a]);
        lines[row] = string.Join(',', fields);
        data = Join(lines);
        return $"line {row + 1}: fields {a + 1} and {b + 1} swapped";
    }

    private static string RenameHeader(Random random, ref byte[] data)
    {
        string[] lines = Lines(data);
        string[] headers = lines[0].Split(',');
        int column = random.Next(headers.Length);
        string[] names = ["", "churn", "USERID", headers[column] + "_x", headers[column].ToUpperInvariant(), " " + headers[column], "колонка"];
        string name = names[random.Next(names.Length)];
        headers[column] = Utf8(name);
        lines[0] = string.Join(',', headers);
        data = Join(lines);
        return $"header {column + 1} renamed to '{name}'";
    }

    private static string TextValue(Random random, ref byte[] data) =>
        ReplaceField(random, ref data, Words[random.Next(Words.Length)], "text");

    private static string HugeNumber(Random random, ref byte[] data) =>
        ReplaceField(random, ref data, HugeNumbers[random.Next(HugeNumbers.Length)], "number");

    private static string EmptyField(Random random, ref byte[] data) => ReplaceField(random, ref data, "", "empty");

    private static string ReplaceField(Random random, ref byte[] data, string value, string kind)
    {
        string[] lines = Lines(data);
        // Several rows at once now and then, so that a whole column can end up extreme (sums that overflow, constant columns).
        int rows = random.Next(4) == 0 ? 1 + random.Next(lines.Length) : 1;
        int column = random.Next(12);
        for (int i = 0; i < rows; i++)
        {
            int row = 1 + random.Next(Math.Max(1, lines.Length - 1));
            if (row >= lines.Length) continue;
            string[] fields = lines[row].Split(',');
            if (column < fields.Length) fields[column] = Utf8(value);
            lines[row] = string.Join(',', fields);
        }
        data = Join(lines);
        return $"{rows} cells of column {column + 1} set to {kind} '{value}'";
    }

    private static string NonUtf8(Random random, ref byte[] data)
    {
        byte[] bad = BadBytes[random.Next(BadBytes.Length)];
        int at = random.Next(data.Length + 1);
        data = [.. data[..at], .. bad, .. data[at..]];
        return $"bytes {Convert.ToHexString(bad)} inserted at {at}";
    }

    private static string BomInMiddle(Random random, ref byte[] data)
    {
        int at = random.Next(data.Length + 1);
        data = [.. data[..at], 0xEF, 0xBB, 0xBF, .. data[at..]];
        return $"BOM inserted at {at}";
    }

    private static string ChangeDelimiter(Random random, ref byte[] data)
    {
        string[] lines = Lines(data);
        string separator = random.Next(3) switch { 0 => ";", 1 => "\t", _ => "|" };
        if (random.Next(3) == 0)
        {
            data = Join([.. lines.Select(l => l.Replace(",", separator, StringComparison.Ordinal))]);
            return $"every ',' replaced by '{separator}'";
        }
        int row = random.Next(lines.Length);
        lines[row] = lines[row].Replace(",", separator, StringComparison.Ordinal);
        data = Join(lines);
        return $"line {row + 1}: ',' replaced by '{separator}'";
    }

    private static string UnbalancedQuote(Random random, ref byte[] data)
    {
        string[] lines = Lines(data);
        int row = random.Next(lines.Length);
        int at = random.Next(lines[row].Length + 1);
        lines[row] = lines[row].Insert(at, random.Next(2) == 0 ? "\"" : "'");
        data = Join(lines);
        return $"line {row + 1}: quote inserted at column {at + 1}";
    }

    private static string ShortOrLongRow(Random random, ref byte[] data)
    {
        string[] lines = Lines(data);
        int row = random.Next(lines.Length);
        string[] fields = lines[row].Split(',');
        lines[row] = random.Next(2) == 0
            ? string.Join(',', fields.Take(random.Next(fields.Length)))
            : lines[row] + ",extra,1";
        data = Join(lines);
        return $"line {row + 1}: field count changed";
    }

    private static string DuplicateOrBlankLines(Random random, ref byte[] data)
    {
        var lines = Lines(data).ToList();
        int row = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0: lines.Insert(row, lines[row]); break;
            case 1: lines.Insert(row, ""); break;
            default: lines[row] += "\r"; break;
        }
        data = Join([.. lines]);
        return $"line {row + 1}: duplicated, blank line or CR";
    }

    /// <summary>Text as the Latin-1 view of its UTF-8 bytes, the form <see cref="Lines"/> works in.</summary>
    private static string Utf8(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    // Latin-1 round-trips every byte, so line operations never repair earlier byte-level damage.
    private static string[] Lines(byte[] data) => Encoding.Latin1.GetString(data).Split('\n');

    private static byte[] Join(string[] lines) => Encoding.Latin1.GetBytes(string.Join('\n', lines));
}
