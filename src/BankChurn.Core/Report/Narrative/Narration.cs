using System.Collections.Immutable;

namespace BankChurn.Core.Report.Narrative;

/// <summary>
/// What every slide composer needs to word its slide: the language, the narrator, and the variables every template shares
/// (<c>report</c> and <c>overall</c>), added to each slide's own model.
/// </summary>
public sealed class Narration(Wording wording, ISlideNarrator narrator, Func<ViewModel, ViewModel> common)
{
    public Wording W { get; } = wording;

    /// <summary>A model holding the shared variables; the slide adds its own.</summary>
    public ViewModel Model() => common(new ViewModel(W));

    /// <summary>The slide of <paramref name="kind"/>: the template's title and subtitle, the code's blocks, then the template's text blocks.</summary>
    public Slide Slide(string kind, ViewModel model, IEnumerable<SlideBlock> blocks)
    {
        SlideText text = narrator.Narrate(kind, model);
        ImmutableArray<SlideBlock> all = [.. blocks, .. text.Blocks];
        return new Slide(kind, text.Title, text.Subtitle, all);
    }

    /// <summary>The text alone, for a caller that places the blocks itself.</summary>
    public SlideText Text(string kind, ViewModel model) => narrator.Narrate(kind, model);
}
