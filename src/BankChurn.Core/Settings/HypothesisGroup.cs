using BankChurn.Core.Rules;

namespace BankChurn.Core.Settings;

/// <summary>One side of a hypothesis: the name readers see and the rule that selects its clients.</summary>
/// <param name="NameEn">The name English decks show; null shows <paramref name="Name"/>.</param>
public sealed record HypothesisGroup(string Name, Rule Rule, string? NameEn = null)
{
    /// <summary>The name in the report's language.</summary>
    public string NameIn(bool russian) => russian || NameEn is null ? Name : NameEn;
}
