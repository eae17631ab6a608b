using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace BankChurn.IO.Pdf;

/// <summary>
/// Replaces what PDFsharp draws at random on every run with values derived from the content, so that the same report
/// gives the same bytes: the tags before the names of embedded font subsets ("QTFTZQ+DejaVuSans", from a new GUID)
/// and the XMP DocumentID and InstanceID (new GUIDs written while saving).
/// </summary>
/// <remarks>
/// Font tags: PDF 1.7 §9.6.4 only asks that the tag be six uppercase letters and differ between different subsets in one file;
/// a hash of the font name and the subset's rank among subsets of that font meets both. The font dictionaries
/// (Type0, CIDFont) and the font descriptor of one subset share a tag, so a tag is mapped as a whole, once.
/// </remarks>
public static class StablePdf
{
    private const int UuidLength = 36; // 8-4-4-4-12 hex digits and dashes
    private static readonly string[] NameKeys = ["/BaseFont", "/FontName"];

    /// <summary>Rewrites every subset tag of <paramref name="document"/>; call it after drawing and before saving.</summary>
    public static void TagSubsets(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var perFont = new Dictionary<string, int>(StringComparer.Ordinal);
        // Objects come in object-number order, which follows the drawing order and is therefore itself deterministic.
        foreach (PdfObject item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary) continue;
            foreach (string key in NameKeys)
            {
                string name = dictionary.Elements.GetName(key);
                if (!IsSubsetName(name)) continue;
                if (!tags.TryGetValue(name, out string? renamed))
                {
                    string font = name[8..];
                    int rank = perFont.GetValueOrDefault(font);
                    perFont[font] = rank + 1;
                    renamed = "/" + Tag(font, rank) + "+" + font;
                    tags[name] = renamed;
                }
                dictionary.Elements.SetName(key, renamed);
            }
        }
    }

    /// <summary>"/ABCDEF+Name": a slash, six uppercase letters, a plus.</summary>
    private static bool IsSubsetName(string name) =>
        name.Length > 8 && name[0] == '/' && name[7] == '+' && name.AsSpan(1, 6).IndexOfAnyExceptInRange('A', 'Z') < 0;

    private static string Tag(string font, int rank)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{font}#{rank}"));
        var tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++)
            tag.Append((char)('A' + hash[i] % 26));
        return tag.ToString();
    }

    /// <summary>
    /// Overwrites the XMP DocumentID and InstanceID uuids in a saved PDF with uuids derived from <paramref name="seed"/>.
    /// PDFsharp writes the XMP packet uncompressed and the new uuids have the same length, so every byte offset (the
    /// cross-reference table, the stream length) stays right.
    /// </summary>
    public static void PinXmpIds(Span<byte> pdf, string seed)
    {
        PinUuid(pdf, "<xmpMM:DocumentID>uuid:"u8, seed + "#document");
        PinUuid(pdf, "<xmpMM:InstanceID>uuid:"u8, seed + "#instance");
    }

    private static void PinUuid(Span<byte> pdf, ReadOnlySpan<byte> marker, string seed)
    {
        int at = pdf.IndexOf(marker);
        if (at < 0 || at + marker.Length + UuidLength > pdf.Length) return;
        Span<byte> uuid = pdf.Slice(at + marker.Length, UuidLength);
        // Only a well-formed uuid is replaced, so that a future PDFsharp writing something else there is left alone.
        if (!Guid.TryParseExact(Encoding.ASCII.GetString(uuid), "D", out _)) return;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        string pinned = new Guid(hash.AsSpan(0, 16)).ToString("D");
        Encoding.ASCII.GetBytes(pinned, uuid);
    }
}
