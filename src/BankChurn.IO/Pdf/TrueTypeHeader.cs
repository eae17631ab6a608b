using System.Buffers.Binary;
using System.Text;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Reads a TrueType file's family names, weight, width and slant from its 'name', 'OS/2' and 'head' tables
/// (OpenType spec, https://learn.microsoft.com/typography/opentype/spec/). Only the table directory and three small
/// tables are read, so scanning a system font folder stays fast.
/// </summary>
internal static class TrueTypeHeader
{
    private const int MaxTableBytes = 1 << 20;

    /// <summary>The face described by a .ttf file, or null when the file is not a TrueType font PDFsharp can embed.</summary>
    public static FontFace? Read(string path)
    {
        try
        {
            using FileStream file = File.OpenRead(path);
            var header = new byte[12];
            file.ReadExactly(header);
            uint version = BinaryPrimitives.ReadUInt32BigEndian(header);
            // 0x00010000 and 'true' are TrueType outlines; 'OTTO' (CFF) and 'ttcf' (collections) are not embeddable by PDFsharp.
            if (version != 0x00010000 && version != 0x74727565)
                return null;
            int tableCount = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
            var directory = new byte[tableCount * 16];
            file.ReadExactly(directory);

            byte[]? name = null, os2 = null, head = null;
            for (int i = 0; i < tableCount; i++)
            {
                ReadOnlySpan<byte> entry = directory.AsSpan(i * 16, 16);
                string tag = Encoding.ASCII.GetString(entry[..4]);
                uint offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
                uint length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
                if (length > MaxTableBytes || offset + (long)length > file.Length)
                    continue;
                switch (tag)
                {
                    case "name": name = ReadTable(file, offset, length); break;
                    case "OS/2": os2 = ReadTable(file, offset, length); break;
                    case "head": head = ReadTable(file, offset, length); break;
                    default: break;
                }
            }

            if (name is null)
                return null;
            string? family = NameRecord(name, 1);
            if (string.IsNullOrWhiteSpace(family))
                return null;
            var families = new List<string> { family.Trim() };
            string? typographic = NameRecord(name, 16);
            if (!string.IsNullOrWhiteSpace(typographic) && !families.Contains(typographic.Trim(), StringComparer.OrdinalIgnoreCase))
                families.Add(typographic.Trim());

            int weight = 400, width = 5;
            bool italic = false, bold = false;
            if (os2 is { Length: >= 64 })
            {
                weight = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4));
                width = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(6));
                ushort selection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
                italic = (selection & 0x0001) != 0 || (selection & 0x0200) != 0; // ITALIC or OBLIQUE
                bold = (selection & 0x0020) != 0;
            }
            else if (head is { Length: >= 46 })
            {
                ushort macStyle = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(44));
                bold = (macStyle & 1) != 0;
                italic = (macStyle & 2) != 0;
            }

            // Some fonts flag bold without a matching weight class; trust the flag.
            if (bold && weight < 600)
                weight = 700;
            return new FontFace(path, families, weight, width, italic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable or truncated file in a system folder is not the user's problem: skip it.
            return null;
        }
    }

    /// <summary>
    /// Whether the font maps every letter of the Russian alphabet (А–я, Ё, ё) to a glyph, read from its 'cmap' table
    /// (formats 4 and 12). A family without them would draw the deck's Russian words as empty boxes. False for a file
    /// that cannot be read.
    /// </summary>
    public static bool CoversCyrillic(string path)
    {
        try
        {
            using FileStream file = File.OpenRead(path);
            var header = new byte[12];
            file.ReadExactly(header);
            int tableCount = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
            var directory = new byte[tableCount * 16];
            file.ReadExactly(directory);
            for (int i = 0; i < tableCount; i++)
            {
                ReadOnlySpan<byte> entry = directory.AsSpan(i * 16, 16);
                if (Encoding.ASCII.GetString(entry[..4]) != "cmap")
                    continue;
                uint offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
                uint length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
                if (length > 16 * MaxTableBytes || offset + (long)length > file.Length)
                    return false;
                byte[] cmap = ReadTable(file, offset, length);
                return RussianLetters().All(c => MapsToGlyph(cmap, c));
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static IEnumerable<int> RussianLetters() => Enumerable.Range(0x0410, 0x0450 - 0x0410).Append(0x0401).Append(0x0451);

    /// <summary>True when any Unicode subtable (platform 0, or Windows 3 with encoding 1 or 10) gives <paramref name="c"/> a glyph other than .notdef.</summary>
    private static bool MapsToGlyph(byte[] cmap, int c)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        for (int i = 0; i < count; i++)
        {
            int record = 4 + (i * 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(record));
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(record + 2));
            if (platform != 0 && !(platform == 3 && encoding is 1 or 10))
                continue;
            int at = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(record + 4));
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(at));
            bool found = format switch
            {
                4 => Format4Glyph(cmap.AsSpan(at), c) != 0,
                12 => Format12Has(cmap.AsSpan(at), c),
                _ => false,
            };
            if (found)
                return true;
        }

        return false;
    }

    /// <summary>The glyph of <paramref name="c"/> in a format 4 subtable (segment mapping to delta values), 0 when none.</summary>
    private static int Format4Glyph(ReadOnlySpan<byte> table, int c)
    {
        int segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int ends = 14, starts = ends + (segments * 2) + 2, deltas = starts + (segments * 2), ranges = deltas + (segments * 2);
        for (int s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            if (c > end)
                continue;
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            if (c < start)
                return 0;
            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeAt = ranges + (s * 2);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeAt..]);
            if (rangeOffset == 0)
                return (c + delta) & 0xFFFF;
            int glyph = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeAt + rangeOffset + ((c - start) * 2))..]);
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    /// <summary>Whether a format 12 subtable (segmented coverage) maps <paramref name="c"/> to a glyph other than .notdef.</summary>
    private static bool Format12Has(ReadOnlySpan<byte> table, int c)
    {
        long groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (long g = 0; g < groups; g++)
        {
            ReadOnlySpan<byte> group = table[(int)(16 + (g * 12))..];
            long first = BinaryPrimitives.ReadUInt32BigEndian(group);
            long last = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            if (c >= first && c <= last)
                return BinaryPrimitives.ReadUInt32BigEndian(group[8..]) + (c - first) != 0;
        }

        return false;
    }

    private static byte[] ReadTable(FileStream file, uint offset, uint length)
    {
        var table = new byte[length];
        file.Position = offset;
        file.ReadExactly(table);
        return table;
    }

    /// <summary>A name string, preferring Windows Unicode US English, then any Windows Unicode, then Mac Roman.</summary>
    private static string? NameRecord(byte[] table, int nameId)
    {
        if (table.Length < 6)
            return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        string? best = null;
        int bestRank = int.MaxValue;
        for (int i = 0; i < count; i++)
        {
            int at = 6 + (i * 12);
            if (at + 12 > table.Length)
                break;
            ReadOnlySpan<byte> record = table.AsSpan(at, 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != nameId)
                continue;
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            int offset = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (offset + length > table.Length)
                continue;
            int rank = platform switch
            {
                3 when encoding is 1 or 10 => language == 0x409 ? 0 : 1,
                0 => 2,
                1 when encoding == 0 => 3,
                _ => int.MaxValue,
            };
            if (rank >= bestRank)
                continue;
            ReadOnlySpan<byte> bytes = table.AsSpan(offset, length);
            best = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            bestRank = rank;
        }

        return best;
    }
}
