using System.Collections.Immutable;

namespace BankChurn.Core.Segments;

/// <summary>The config's catalogue of recommended actions for discovered segments, keyed by the columns (and sides) of their conditions.</summary>
public sealed record ActionCatalogue(ImmutableArray<CatalogueEntry> Entries)
{
    public static ActionCatalogue Empty { get; } = new([]);

    /// <summary>
    /// The actions of every entry matching one of <paramref name="conditions"/>, in the conditions' order and then the
    /// catalogue's, each sentence once. Empty means the segment needs a recommendation written by hand.
    /// </summary>
    public ImmutableArray<string> For(IEnumerable<Condition> conditions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var actions = ImmutableArray.CreateBuilder<string>();
        foreach (Condition condition in conditions)
            foreach (CatalogueEntry entry in Entries.IsDefault ? [] : Entries)
                if (entry.Matches(condition))
                    foreach (string action in entry.Actions)
                        if (seen.Add(action))
                            actions.Add(action);
        return actions.ToImmutable();
    }
}
