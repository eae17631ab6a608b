using System.Buffers.Binary;
using BankChurn.IO.Pdf;

namespace BankChurn.IO.Tests.Pdf;

/// <summary>The 'cmap' check behind report.font_family: tiny hand-built font files, so it runs on any machine.</summary>
public sealed class CyrillicCoverageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bankchurn-cmap-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0x0020, 0x007E, false)]   // Latin only
    [InlineData(0x0400, 0x045F, true)]    // the whole Cyrillic block
    [InlineData(0x0410, 0x044F, false)]   // А–я without Ё and ё
    public void CoversCyrillic_Format4_TrueOnlyWhenEveryRussianLetterHasAGlyph(int first, int last, bool expected)
    {
        string path = Write("f4.ttf", Format4([(first, last)]));

        Assert.Equal(expected, TrueTypeHeader.CoversCyrillic(path));
    }

    [Fact]
    public void CoversCyrillic_Format4WithSeparateSegmentsForYo_True()
    {
        string path = Write("f4yo.ttf", Format4([(0x0020, 0x007E), (0x0401, 0x0401), (0x0410, 0x044F), (0x0451, 0x0451)]));

        Assert.True(TrueTypeHeader.CoversCyrillic(path));
    }

    [Theory]
    [InlineData(0x0400, 0x045F, true)]
    [InlineData(0x0020, 0x024F, false)]
    public void CoversCyrillic_Format12_ReadsGroups(int first, int last, bool expected)
    {
        string path = Write("f12.ttf", Format12(first, last));

        Assert.Equal(expected, TrueTypeHeader.CoversCyrillic(path));
    }

    [Fact]
    public void CoversCyrillic_NotAFont_False()
    {
        string path = Path.Combine(_folder, "broken.ttf");
        File.WriteAllText(path, "not a font");

        Assert.False(TrueTypeHeader.CoversCyrillic(path));
    }

    [Fact]
    public void RequireFamily_InstalledWithoutCyrillic_SaysSoAndListsTheOnesThatWould()
    {
        Write("latin.ttf", Format4([(0x0020, 0x007E)]), "Latin Test");
        Write("cyrillic.ttf", Format4([(0x0020, 0x007E), (0x0400, 0x045F)]), "Cyrillic Test");
        FontCatalog fonts = FontCatalog.Scan([_folder]);

        var error = Assert.Throws<BankChurn.Core.InputException>(() =>
            PdfSharpSetup.RequireFamily(fonts, "Latin Test", new BankChurn.Core.SourceLocation("--set", Field: "report.font_family")));
        PdfSharpSetup.RequireFamily(fonts, "Cyrillic Test", new BankChurn.Core.SourceLocation("--set", Field: "report.font_family"));

        Assert.Equal(
            "--set (report.font_family): font family 'Latin Test' is installed but has no Cyrillic letters, so the deck's Russian text would be empty boxes. "
            + "Installed TrueType families with Cyrillic: Cyrillic Test. Pass --set report.font_family=\"DejaVu Sans\" (or another family with Cyrillic from the list), or install the font (Debian/Ubuntu: apt-get install fonts-dejavu-core).",
            error.Message);
    }

    [Fact]
    public void RequireFamily_NotInstalled_SplitsTheListByCyrillic()
    {
        Write("latin.ttf", Format4([(0x0020, 0x007E)]), "Latin Test");
        Write("cyrillic.ttf", Format4([(0x0400, 0x045F)]), "Cyrillic Test");
        FontCatalog fonts = FontCatalog.Scan([_folder]);

        var error = Assert.Throws<BankChurn.Core.InputException>(() => PdfSharpSetup.RequireFamily(fonts, "Arial", "report.config.yaml"));

        Assert.StartsWith(
            "report.config.yaml (report.font_family): font family 'Arial' is not installed. Installed TrueType families with Cyrillic: Cyrillic Test; without: Latin Test. Set report.font_family",
            error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] cmap, string? family = null)
    {
        // Offset table (TrueType), its directory, then the tables: 'cmap', and 'name' with the family when one is given.
        var tables = new List<(string Tag, byte[] Data)> { ("cmap", cmap) };
        if (family is not null)
            tables.Add(("name", Name(family)));
        int at = 12 + (16 * tables.Count);
        var file = new byte[at + tables.Sum(t => t.Data.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)tables.Count);
        for (int i = 0; i < tables.Count; i++)
        {
            System.Text.Encoding.ASCII.GetBytes(tables[i].Tag).CopyTo(file, 12 + (16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(12 + (16 * i) + 8), (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(12 + (16 * i) + 12), (uint)tables[i].Data.Length);
            tables[i].Data.CopyTo(file, at);
            at += tables[i].Data.Length;
        }

        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, file);
        return path;
    }

    /// <summary>A 'name' table with one record: the family (name ID 1), Windows Unicode, US English.</summary>
    private static byte[] Name(string family)
    {
        byte[] text = System.Text.Encoding.BigEndianUnicode.GetBytes(family);
        var name = new byte[6 + 12 + text.Length];
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(4), 18);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(6), 3);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(10), 0x409);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(14), (ushort)text.Length);
        text.CopyTo(name, 18);
        return name;
    }

    /// <summary>A cmap with one Windows Unicode BMP subtable (format 4) mapping each range to consecutive glyphs from 1.</summary>
    private static byte[] Format4(List<(int First, int Last)> ranges)
    {
        List<(int First, int Last)> segments = [.. ranges, (0xFFFF, 0xFFFF)];
        int n = segments.Count;
        var sub = new byte[16 + (n * 8)];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub.AsSpan(2), (ushort)sub.Length);
        BinaryPrimitives.WriteUInt16BigEndian(sub.AsSpan(6), (ushort)(n * 2));
        int glyph = 1;
        for (int s = 0; s < n; s++)
        {
            (int first, int last) = segments[s];
            BinaryPrimitives.WriteUInt16BigEndian(sub.AsSpan(14 + (s * 2)), (ushort)last);
            BinaryPrimitives.WriteUInt16BigEndian(sub.AsSpan(16 + (n * 2) + (s * 2)), (ushort)first);
            short delta = s == n - 1 ? (short)1 : unchecked((short)(glyph - first));
            BinaryPrimitives.WriteInt16BigEndian(sub.AsSpan(16 + (n * 4) + (s * 2)), delta);
            glyph += last - first + 1;
        }

        return Cmap(sub);
    }

    private static byte[] Format12(int first, int last)
    {
        var sub = new byte[16 + 12];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 12);
        BinaryPrimitives.WriteUInt32BigEndian(sub.AsSpan(4), (uint)sub.Length);
        BinaryPrimitives.WriteUInt32BigEndian(sub.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt32BigEndian(sub.AsSpan(16), (uint)first);
        BinaryPrimitives.WriteUInt32BigEndian(sub.AsSpan(20), (uint)last);
        BinaryPrimitives.WriteUInt32BigEndian(sub.AsSpan(24), 1);
        return Cmap(sub, encoding: 10);
    }

    private static byte[] Cmap(byte[] subtable, ushort encoding = 1)
    {
        var cmap = new byte[12 + subtable.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        subtable.CopyTo(cmap, 12);
        return cmap;
    }
}
