using BankChurn.Core.Report;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Tests.Report;

/// <summary>A narrator without templates: titles each slide with its kind and keeps every view model, so tests can read the figures templates get.</summary>
internal sealed class RecordingNarrator : ISlideNarrator
{
    public List<(string Kind, ViewModel Model)> Models { get; } = [];

    public SlideText Narrate(string kind, ViewModel model)
    {
        Models.Add((kind, model));
        return new SlideText(kind, null, [TextBlock.Of([TextItem.Of("text of " + kind)], bullets: true, heading: null)]);
    }

    public IReadOnlyDictionary<string, object?> Of(string kind) => Models.First(m => m.Kind == kind).Model.Values;
}
