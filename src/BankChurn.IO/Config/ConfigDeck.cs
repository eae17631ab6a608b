using System.Collections.Immutable;
using BankChurn.Core.Report;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>Checks the <c>deck:</c> section: slide kinds known and listed once, the logo an existing PNG or JPEG file that decodes within bounds.</summary>
internal static class ConfigDeck
{
    public static DeckSettings Check(DeckDto? dto, ConfigValueReader read, string folder)
    {
        if (dto is null)
            return DeckSettings.Default;
        return new DeckSettings(Slides(dto.Slides, read), Logo(dto.Logo, read, folder));
    }

    private static ImmutableArray<string> Slides(List<string?>? written, ConfigValueReader read)
    {
        if (written is null)
            return SlideKinds.Default;
        if (written.Count == 0)
        {
            // A deck without slides cannot be written; refusing it here beats an empty PDF or a crash in the writer.
            read.Bad("deck.slides", "the list is empty.", $"List at least one slide kind, e.g. {SlideKinds.Title}, or remove the key for the default deck.");
            return SlideKinds.Default;
        }

        var kinds = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < written.Count; i++)
        {
            string path = $"deck.slides[{i}]";
            string kind = (written[i] ?? "").Trim();
            if (!SlideKinds.Default.Contains(kind))
            {
                string? nearest = KeySuggestion.Nearest(kind, SlideKinds.Default);
                read.Bad(
                    path,
                    $"'{kind}' is not a slide kind.",
                    nearest is null ? $"Use one of: {string.Join(", ", SlideKinds.Default)}." : $"Did you mean '{nearest}'? The slide kinds are: {string.Join(", ", SlideKinds.Default)}.");
            }
            else if (kinds.Contains(kind))
            {
                read.Bad(path, $"'{kind}' is listed twice.", "Remove the repeated item; each kind appears once (segment_detail stands for all detail slides).");
            }
            else
            {
                kinds.Add(kind);
            }
        }

        return kinds.ToImmutable();
    }

    /// <summary>The logo's full path, checked now so that a typo stops the run before any analysis, with the key to fix.</summary>
    private static string? Logo(string? raw, ConfigValueReader read, string folder)
    {
        string? path = read.FilePath(raw, "deck.logo", null, folder);
        if (path is null)
            return null;
        if (!File.Exists(path))
        {
            read.Bad("deck.logo", $"the file '{path}' does not exist.", "Give the path of a PNG or JPEG file, relative to the config file's folder, or null for no logo.");
            return null;
        }

        if (!IsPngOrJpeg(path))
        {
            read.Bad("deck.logo", $"'{path}' is not a PNG or JPEG image.", "Save the logo as PNG (best: transparent background) or JPEG.");
            return null;
        }

        // Validate and generate both read the config here, so both refuse a logo the deck could not draw, before any data.
        if (Pdf.LogoCheck.Problem(path) is { } problem)
        {
            read.Bad("deck.logo", problem, "Export the logo again as a PNG (best: transparent background) or JPEG, at most 4000 × 4000 pixels and 10 MB.");
            return null;
        }

        return path;
    }

    /// <summary>By the file's signature, not its extension: a renamed SVG or PDF would otherwise fail later, inside PDFsharp.</summary>
    private static bool IsPngOrJpeg(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using FileStream stream = File.OpenRead(path);
        int read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (read < 4)
            return false;
        bool png = head[0] == 0x89 && head[1] == 0x50 && head[2] == 0x4E && head[3] == 0x47;
        bool jpeg = head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
        return png || jpeg;
    }
}
