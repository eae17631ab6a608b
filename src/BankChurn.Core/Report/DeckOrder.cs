using System.Collections.Immutable;

namespace BankChurn.Core.Report;

/// <summary>Puts composed slides in the order of the config's slide list, leaving out kinds the list does not name.</summary>
public static class DeckOrder
{
    /// <summary>
    /// The slides whose kind is in <paramref name="kinds"/>, ordered by the kind's place there; slides of one kind
    /// (the segment detail slides) keep the composer's order. A listed kind with no slide this month is simply absent.
    /// </summary>
    public static ImmutableArray<Slide> Apply(IEnumerable<Slide> slides, ImmutableArray<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(slides);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < kinds.Length; i++)
            rank.TryAdd(kinds[i], i);
        // OrderBy is stable, which keeps same-kind slides in their composed order.
        return [.. slides.Where(s => rank.ContainsKey(s.Kind)).OrderBy(s => rank[s.Kind])];
    }
}
