namespace BankChurn.Core.Report.Narrative;

/// <summary>
/// Words a slide from its view model: its title, subtitle and narrative text. Core builds the model from the findings and
/// keeps charts, tables and key figures; the words live in templates that IO loads and renders (Core reads no files).
/// </summary>
public interface ISlideNarrator
{
    /// <summary>The text of a slide of <paramref name="kind"/> (one of <see cref="SlideKinds"/>) for <paramref name="model"/>.</summary>
    SlideText Narrate(string kind, ViewModel model);
}
