using BankChurn.Core.Clients;

namespace BankChurn.Core.Analysis.Value;

/// <summary>
/// Each client's probability of leaving, the one every "at risk" figure of the report uses: the bank's value at risk
/// and each segment's are sums of value × this probability over current clients, so a segment's share can never exceed
/// the bank's. Today it is the churn share of the client's products × activity cell (see <see cref="ClientValue"/>).
/// </summary>
/// <param name="Probability">Per row of the table, in [0, 1].</param>
public sealed record ChurnRisk(double[] Probability)
{
    /// <summary>
    /// The churn share of the clients with the same number of products and the same last_activity flag (missing is a
    /// value of its own): the two strongest levers of churn in the real table that a bank can act on, coarse enough that
    /// every cell is large. A table without those columns gives every client the base's churn share.
    /// </summary>
    public static ChurnRisk ByCells(ClientTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int[] cellOf = ClientValue.CellOfRow(table, out var keys);
        var clients = new int[keys.Count];
        var churned = new int[keys.Count];
        RowSet churn = table.Churned;
        for (int row = 0; row < cellOf.Length; row++)
        {
            clients[cellOf[row]]++;
            if (churn.Contains(row)) churned[cellOf[row]]++;
        }
        var probability = new double[cellOf.Length];
        for (int row = 0; row < cellOf.Length; row++)
            probability[row] = (double)churned[cellOf[row]] / clients[cellOf[row]];
        return new ChurnRisk(probability);
    }

    /// <summary>
    /// Σ value × probability over the current (not churned) clients in <paramref name="rows"/>: the value expected to
    /// leave among them. A missing or non-finite value counts as 0. Rows in order, so the sum is reproducible.
    /// </summary>
    public double AtRisk(RowSet rows, RowSet churned, NumericColumn values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(churned);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Capacity, Probability.Length);
        double sum = 0;
        ReadOnlySpan<ulong> words = rows.Words, churn = churned.Words, missing = values.Missing.Words;
        for (int w = 0; w < words.Length; w++)
        {
            int first = w << 6;
            for (ulong word = words[w] & ~churn[w] & ~missing[w]; word != 0; word &= word - 1)
            {
                int row = first + System.Numerics.BitOperations.TrailingZeroCount(word);
                double value = values.Values[row];
                if (double.IsFinite(value))
                    sum += value * Probability[row];
            }
        }
        return sum;
    }
}
