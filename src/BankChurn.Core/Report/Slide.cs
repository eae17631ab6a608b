using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>One page of the deck: a title that states the finding, an optional subtitle and content blocks in reading order.</summary>
/// <param name="Kind">What the slide is, from <see cref="SlideKinds"/> or the config's slide list; writers may give a kind its own look.</param>
/// <param name="Title">The headline, a full sentence where it states a finding.</param>
/// <param name="Subtitle">A smaller line under the title (scope, data source), or null.</param>
/// <param name="Blocks">Content in reading order. Writers give key figures their own full-width row and put the other blocks of a run side by side.</param>
public sealed record Slide(string Kind, string Title, string? Subtitle, ImmutableArray<SlideBlock> Blocks);
