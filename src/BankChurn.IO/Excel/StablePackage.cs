using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BankChurn.IO.Excel;

/// <summary>
/// Copies a finished Open XML package (zip) so that identical content gives identical bytes: System.IO.Packaging
/// stamps every zip entry with the clock, names relationships "R" + 16 random hex digits, and gives the core
/// properties part a GUID file name. The copy numbers the relationships in order, renames that part, and dates every
/// entry with the report's (pinnable) timestamp. The package stays valid: each renamed id or part name is replaced
/// everywhere it is referenced.
/// </summary>
public static partial class StablePackage
{
    private const int IdLength = 17; // "R" + 16 hex digits

    [GeneratedRegex("Id=\"(R[0-9a-f]{16})\"")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex(@"^package/services/metadata/core-properties/[0-9a-f]{32}\.psmdcp$")]
    private static partial Regex RandomCorePropertiesName();

    /// <summary>Writes the canonical copy of the package in <paramref name="package"/> to <paramref name="target"/>.</summary>
    public static void Rewrite(Stream package, Stream target, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(target);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        (Dictionary<string, string> ids, Dictionary<string, string> names) = Renames(source);
        DateTimeOffset stamp = ZipTime(timestamp);
        using var copy = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in source.Entries)
            Copy(entry, copy, stamp, ids, names, CompressionLevel.Optimal);
    }

    /// <summary>A zip entry carries a DOS date (1980–2107); the pinned moment when it fits, else the nearest end.</summary>
    public static DateTimeOffset ZipTime(DateTimeOffset timestamp) =>
        timestamp.Year < 1981 ? new DateTimeOffset(1981, 1, 1, 0, 0, 0, TimeSpan.Zero)
            : timestamp.Year > 2106 ? new DateTimeOffset(2106, 12, 31, 0, 0, 0, TimeSpan.Zero) : timestamp;

    /// <summary>
    /// Copies every entry of <paramref name="source"/> into <paramref name="target"/> canonically, except those for
    /// which <paramref name="replace"/> writes the content itself (it gets the entry name and the open target stream)
    /// and the one named <paramref name="skip"/>, which the caller adds later.
    /// </summary>
    public static void CopyAll(ZipArchive source, ZipArchive target, DateTimeOffset timestamp, Func<string, Stream, bool> replace, string? skip = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(replace);
        (Dictionary<string, string> ids, Dictionary<string, string> names) = Renames(source);
        DateTimeOffset stamp = ZipTime(timestamp);
        foreach (ZipArchiveEntry entry in source.Entries)
        {
            if (entry.FullName != skip)
                Copy(entry, target, stamp, ids, names, CompressionLevel.Fastest, replace);
        }
    }

    private static void Copy(
        ZipArchiveEntry entry, ZipArchive target, DateTimeOffset stamp, Dictionary<string, string> ids, Dictionary<string, string> names,
        CompressionLevel level, Func<string, Stream, bool>? replace = null)
    {
        ZipArchiveEntry renamed = target.CreateEntry(names.GetValueOrDefault(entry.FullName, entry.FullName), level);
        renamed.LastWriteTime = stamp;
        using Stream to = renamed.Open();
        if (replace is not null && replace(entry.FullName, to))
            return;
        using Stream from = entry.Open();
        if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal) || entry.FullName == "[Content_Types].xml")
            CopySmallText(from, to, ids, names);
        else if (ids.Count > 0 && entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
            CopyReplacingIds(from, to, ids);
        else
            from.CopyTo(to);
    }

    /// <summary>The random relationship ids (in order of appearance) and the GUID-named parts, with their replacements.</summary>
    private static (Dictionary<string, string> Ids, Dictionary<string, string> Names) Renames(ZipArchive source)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in source.Entries)
        {
            if (RandomCorePropertiesName().IsMatch(entry.FullName))
                names[entry.FullName] = "package/services/metadata/core-properties/core" + (names.Count == 0 ? "" : names.Count.ToString(CultureInfo.InvariantCulture)) + ".psmdcp";
            if (!entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            foreach (Match match in RandomRelationshipId().Matches(reader.ReadToEnd()))
            {
                string id = match.Groups[1].Value;
                if (!ids.ContainsKey(id))
                    ids[id] = "R" + (ids.Count + 1).ToString("x16", CultureInfo.InvariantCulture);
            }
        }
        return (ids, names);
    }

    private static void CopySmallText(Stream from, Stream to, Dictionary<string, string> ids, Dictionary<string, string> names)
    {
        using var reader = new StreamReader(from, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: false);
        string text = reader.ReadToEnd();
        text = RandomRelationshipId().Replace(text, m => $"Id=\"{ids.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value)}\"");
        foreach ((string old, string renamed) in names)
            text = text.Replace("/" + old, "/" + renamed, StringComparison.Ordinal);
        // ReadToEnd keeps a leading BOM as U+FEFF, so writing without one reproduces the original bytes.
        byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        to.Write(bytes);
    }

    /// <summary>
    /// Streams a part (a worksheet can be hundreds of megabytes) and replaces each quoted old id ("R…") by its
    /// same-length new one in place, keeping the last few bytes of each chunk so that an id split across chunks is seen.
    /// </summary>
    private static void CopyReplacingIds(Stream from, Stream to, Dictionary<string, string> ids)
    {
        const int window = IdLength + 2; // the id and its two quotes
        byte[] buffer = new byte[1 << 16];
        int carried = 0;
        while (true)
        {
            int read = from.Read(buffer, carried, buffer.Length - carried);
            int length = carried + read;
            bool last = read == 0;
            for (int i = 0; i + window <= length; i++)
            {
                if (buffer[i] != (byte)'"' || buffer[i + 1] != (byte)'R' || buffer[i + window - 1] != (byte)'"') continue;
                string candidate = Encoding.ASCII.GetString(buffer, i + 1, IdLength);
                if (ids.TryGetValue(candidate, out string? renamed))
                    Encoding.ASCII.GetBytes(renamed, 0, IdLength, buffer, i + 1);
            }
            if (last)
            {
                to.Write(buffer, 0, length);
                return;
            }
            int keep = Math.Min(window - 1, length);
            to.Write(buffer, 0, length - keep);
            Buffer.BlockCopy(buffer, length - keep, buffer, 0, keep);
            carried = keep;
        }
    }
}
