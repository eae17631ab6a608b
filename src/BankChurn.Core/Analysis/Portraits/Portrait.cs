using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.Portraits;

/// <summary>
/// A one-sentence portrait of a group (churned or retained clients): its traits, strongest first, and how many clients of
/// each group fit the first k of them, so that a sentence can say what share of the group it describes.
/// </summary>
/// <param name="Fit">Fit[k]: clients of the group with all of the first k traits (Fit[0] is the whole group).</param>
/// <param name="OtherFit">OtherFit[k]: the same count in the other group.</param>
/// <param name="Group">Clients in the group.</param>
/// <param name="Other">Clients in the other group.</param>
public sealed record Portrait(ImmutableArray<PortraitTrait> Traits, ImmutableArray<int> Fit, ImmutableArray<int> OtherFit, int Group, int Other)
{
    public static Portrait Empty { get; } = new([], [0], [0], 0, 0);

    /// <summary>The share of the group with all of the first <paramref name="traits"/> traits.</summary>
    public double FitShare(int traits) => Group == 0 ? 0 : (double)Fit[Math.Min(traits, Traits.Length)] / Group;

    /// <summary>The share of the other group with all of the first <paramref name="traits"/> traits.</summary>
    public double OtherShare(int traits) => Other == 0 ? 0 : (double)OtherFit[Math.Min(traits, Traits.Length)] / Other;
}
