using BankChurn.Core.Clients;

namespace BankChurn.Core.Segments;

/// <summary>
/// The rows segment discovery searches (<see cref="Search"/>) and the rows it is judged on (<see cref="Holdout"/>): a
/// seeded random split, stratified by churn so that both parts have the base's churn share. A rule chosen by searching
/// rows will look better on those rows than it is; judged on rows the search never saw, its p-value means what it says.
/// </summary>
/// <param name="Search">Rows the search may read (churn included).</param>
/// <param name="Holdout">The other rows: every found rule is tested on them alone.</param>
public sealed record DiscoverySplit(RowSet Search, RowSet Holdout)
{
    /// <summary>
    /// Puts round(<paramref name="holdoutShare"/> × n) of the churned rows and as large a share of the others into the
    /// holdout, each chosen by a partial Fisher–Yates shuffle driven by <paramref name="seed"/>: the same table and seed
    /// give the same split on every machine.
    /// </summary>
    public static DiscoverySplit Of(RowSet churned, double holdoutShare, int seed)
    {
        ArgumentNullException.ThrowIfNull(churned);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(holdoutShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(holdoutShare, 1);
        var random = new Random(seed);
        var holdout = new RowSet(churned.Capacity);
        foreach (bool left in (bool[])[true, false])
        {
            int[] rows = new int[left ? churned.Count : churned.Capacity - churned.Count];
            int n = 0;
            for (int row = 0; row < churned.Capacity; row++)
                if (churned.Contains(row) == left)
                    rows[n++] = row;
            int take = (int)Math.Round(holdoutShare * n, MidpointRounding.AwayFromZero);
            for (int i = 0; i < take; i++)
            {
                int j = random.Next(i, n);
                (rows[i], rows[j]) = (rows[j], rows[i]);
                holdout.Add(rows[i]);
            }
        }
        return new DiscoverySplit(holdout.Not(), holdout);
    }
}
