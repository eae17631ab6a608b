using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>Worded text on a slide: paragraphs, or a bulleted list of findings.</summary>
/// <param name="Items">One paragraph or bullet item each, already worded, as plain text.</param>
/// <param name="Bullets">True to show the items as a bulleted list.</param>
/// <param name="Heading">A short heading above the text ("Что важно"), or null.</param>
public sealed record TextBlock(ImmutableArray<string> Items, bool Bullets = true, string? Heading = null) : SlideBlock
{
    private readonly ImmutableArray<TextItem> _rich;

    /// <summary>The items with their bold runs; items built from plain strings are one regular run each.</summary>
    public ImmutableArray<TextItem> RichItems
    {
        get => _rich.IsDefault ? [.. Items.Select(TextItem.Of)] : _rich;
        init => _rich = value;
    }

    /// <summary>A block from narrative markup: <see cref="Items"/> holds the plain words, <see cref="RichItems"/> the runs.</summary>
    public static TextBlock Of(ImmutableArray<TextItem> items, bool bullets, string? heading) =>
        new([.. items.Select(i => i.Plain)], bullets, heading) { RichItems = items };
}
