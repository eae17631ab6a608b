using System.Collections.Immutable;

namespace BankChurn.Core.Changes;

/// <summary>
/// Shift-share (a two-period Kitagawa decomposition) of a change in the overall churn share over disjoint cells that cover
/// the base: with client shares s and churn rates r per cell, R₁ − R₀ = Σ Δs·r₀ (mix) + Σ s₀·Δr (rate) + Σ Δs·Δr
/// (interaction), an identity, so nothing is left unexplained. The interaction is kept as its own term rather than split
/// between the other two, because any split is a convention and the deck can say it is small.
/// Kitagawa E. M. (1955), "Components of a difference between two rates", JASA 50:1168–1194.
/// </summary>
public static class ShiftShares
{
    /// <param name="cells">Each cell's id with its counts last period and this period; ids in display order.</param>
    public static ShiftShare Decompose(IReadOnlyList<(string Id, SegmentCount Previous, SegmentCount Current)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        long previousClients = cells.Sum(c => (long)c.Previous.Clients), currentClients = cells.Sum(c => (long)c.Current.Clients);
        long previousChurned = cells.Sum(c => (long)c.Previous.Churned), currentChurned = cells.Sum(c => (long)c.Current.Churned);
        var built = ImmutableArray.CreateBuilder<ShiftShareCell>(cells.Count);
        foreach ((string id, SegmentCount before, SegmentCount after) in cells)
        {
            double s0 = previousClients == 0 ? 0 : (double)before.Clients / previousClients;
            double s1 = currentClients == 0 ? 0 : (double)after.Clients / currentClients;
            // An empty cell has no rate; taking 0 keeps sᵢrᵢ = 0 in that period, so the identity still holds.
            double r0 = before.Rate, r1 = after.Rate;
            built.Add(new ShiftShareCell(id, before, after, s0, s1, (s1 - s0) * r0, s0 * (r1 - r0), (s1 - s0) * (r1 - r0)));
        }
        ImmutableArray<ShiftShareCell> result = built.MoveToImmutable();
        return new ShiftShare(
            result,
            previousClients == 0 ? 0 : (double)previousChurned / previousClients,
            currentClients == 0 ? 0 : (double)currentChurned / currentClients,
            result.Sum(c => c.Mix),
            result.Sum(c => c.RateEffect),
            result.Sum(c => c.Interaction));
    }
}
