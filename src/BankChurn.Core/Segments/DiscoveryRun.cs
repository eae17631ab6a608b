namespace BankChurn.Core.Segments;

/// <summary>How discovery was run and judged this month, for the methodology slide and results.json.</summary>
/// <param name="SearchRows">Rows the search read.</param>
/// <param name="HoldoutRows">Rows the found rules were judged on.</param>
/// <param name="Tested">Rules tested on the holdout, both goals together (the Holm family).</param>
/// <param name="Significant">Of them, significant after Holm.</param>
/// <param name="Repeats">Significant ones not reported because they repeat a better-ranked or a defined segment.</param>
/// <param name="TooBroad">Significant ones not reported because they hold more than max_share of the base.</param>
public sealed record DiscoveryRun(int SearchRows, int HoldoutRows, int Tested, int Significant, int Repeats, int TooBroad)
{
    public static DiscoveryRun None { get; } = new(0, 0, 0, 0, 0, 0);
}
