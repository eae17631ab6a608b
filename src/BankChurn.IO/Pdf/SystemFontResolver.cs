using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace BankChurn.IO.Pdf;

/// <summary>
/// PDFsharp's font source: maps a family plus bold/italic to an installed face from <see cref="FontCatalog"/> and
/// hands PDFsharp the file's bytes, which it subsets and embeds. Missing bold or italic faces are simulated.
/// </summary>
internal sealed class SystemFontResolver(FontCatalog catalog) : IFontResolver
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public FontCatalog Catalog { get; } = catalog;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (Catalog.Find(familyName, bold, italic) is not { } face)
            return null;
        XStyleSimulations simulations = XStyleSimulations.None;
        if (bold && !face.IsBold)
            simulations |= XStyleSimulations.BoldSimulation;
        if (italic && !face.Italic)
            simulations |= XStyleSimulations.ItalicSimulation;
        // The face name is the file path: unique per face, and all GetFont needs.
        return new FontResolverInfo(face.Path, simulations);
    }

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, File.ReadAllBytes);
}
