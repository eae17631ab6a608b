using System.Collections.Immutable;

namespace BankChurn.IO.Pdf;

/// <summary>The TrueType faces installed in the system font folders, by family, with the best face for a bold/italic request.</summary>
internal sealed class FontCatalog
{
    private readonly ImmutableDictionary<string, ImmutableArray<FontFace>> _byFamily;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _cyrillic = new(StringComparer.OrdinalIgnoreCase);

    private FontCatalog(ImmutableDictionary<string, ImmutableArray<FontFace>> byFamily)
    {
        _byFamily = byFamily;
        Families = [.. byFamily.Keys.Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Every family name found, sorted.</summary>
    public ImmutableArray<string> Families { get; }

    /// <summary>The usual font folders of Linux, Windows and macOS that exist on this machine.</summary>
    public static ImmutableArray<string> SystemFolders()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folders = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            folders.Add(Environment.GetFolderPath(Environment.SpecialFolder.Fonts));
            folders.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"));
        }
        else if (OperatingSystem.IsMacOS())
        {
            folders.AddRange(["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")]);
        }
        else
        {
            folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts")]);
        }

        return [.. folders.Where(f => f.Length > 0 && Directory.Exists(f)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Reads the header of every .ttf file under <paramref name="folders"/>, recursively.</summary>
    public static FontCatalog Scan(IEnumerable<string> folders)
    {
        var byFamily = new Dictionary<string, List<FontFace>>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (string folder in folders.Where(Directory.Exists))
        {
            // Sorted so that ties between equally good faces resolve the same way on every run.
            foreach (string file in Directory.EnumerateFiles(folder, "*.ttf", options).Order(StringComparer.Ordinal))
            {
                if (TrueTypeHeader.Read(file) is not { } face)
                    continue;
                foreach (string family in face.Families)
                {
                    if (!byFamily.TryGetValue(family, out List<FontFace>? faces))
                        byFamily[family] = faces = [];
                    faces.Add(face);
                }
            }
        }

        return new FontCatalog(byFamily.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase));
    }

    public bool Contains(string family) => _byFamily.ContainsKey(family);

    /// <summary>
    /// Whether the faces the deck draws <paramref name="family"/> with (regular and bold) have every Russian letter.
    /// Read on demand and remembered: only the families asked about have their 'cmap' read.
    /// </summary>
    public bool HasCyrillic(string family) =>
        _cyrillic.GetOrAdd(family, f =>
            Find(f, bold: false, italic: false) is { } regular && Find(f, bold: true, italic: false) is { } bold
            && TrueTypeHeader.CoversCyrillic(regular.Path) && (bold.Path == regular.Path || TrueTypeHeader.CoversCyrillic(bold.Path)));

    /// <summary>
    /// The installed face closest to the request: the right slant first, then the weight nearest 400 (or 700 for bold),
    /// then normal width, so "DejaVu Sans" bold is DejaVuSans-Bold, not the condensed cut. Null for an unknown family.
    /// </summary>
    public FontFace? Find(string family, bool bold, bool italic)
    {
        if (!_byFamily.TryGetValue(family, out ImmutableArray<FontFace> faces))
            return null;
        int targetWeight = bold ? 700 : 400;
        return faces
            .OrderBy(f => f.Italic == italic ? 0 : 1)
            .ThenBy(f => Math.Abs(f.Weight - targetWeight))
            .ThenBy(f => Math.Abs(f.Width - 5))
            .First();
    }
}
