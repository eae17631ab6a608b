using System.Collections.Immutable;
using BankChurn.Core.Report;

namespace BankChurn.Core.Settings;

/// <summary>The config's <c>deck:</c> section: which slides the deck shows, in which order, and the bank's logo.</summary>
/// <param name="Slides">Slide kinds from <see cref="SlideKinds"/>, each at most once, in the order shown; kinds left out are not shown.</param>
/// <param name="LogoFile">A PNG or JPEG file drawn on the title slide and in the corner of every title bar, or null for none.</param>
public sealed record DeckSettings(ImmutableArray<string> Slides, string? LogoFile)
{
    public static DeckSettings Default { get; } = new(SlideKinds.Default, null);
}
