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
