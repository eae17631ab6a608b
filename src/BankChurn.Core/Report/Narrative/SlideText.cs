using System.Collections.Immutable;

namespace BankChurn.Core.Report.Narrative;

/// <summary>A slide's words as a template rendered them: the title that states the finding, an optional subtitle and the narrative blocks.</summary>
public sealed record SlideText(string Title, string? Subtitle, ImmutableArray<TextBlock> Blocks);
