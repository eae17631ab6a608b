using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>Worded text on a slide: paragraphs, or a bulleted list of findings.</summary>
/// <param name="Items">One paragraph or bullet item each, already worded.</param>
/// <param name="Bullets">True to show the items as a bulleted list.</param>
/// <param name="Heading">A short heading above the text ("Что важно"), or null.</param>
public sealed record TextBlock(ImmutableArray<string> Items, bool Bullets = true, string? Heading = null) : SlideBlock;
