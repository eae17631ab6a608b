using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.Core.Analysis.Value;

/// <summary>Evaluates the client-value formula and sums it into total, lost and at-risk value.</summary>
public static class ClientValue
{
    /// <summary>
    /// The value of every client by the config's formula. At risk is the expected yearly value lost among the clients who
    /// are still here if each leaves at the churn share of clients like them, "like them" being the same number of products
    /// and the same activity flag: the two strongest levers of churn in the real table that a bank can act on, coarse
    /// enough that every cell is large (the real table's smallest, 5 products, has 19 clients). It is an expectation from
    /// this month's shares, not a prediction model, and the deck says so.
    /// </summary>
    public static ValueFindings Assess(ClientTable table, ValueSettings settings) =>
        Assess(table, settings, settings.Formula.Evaluate(table));

    /// <summary>The value block from a value column already evaluated (the segments reuse the same column).</summary>
    public static ValueFindings Assess(ClientTable table, ValueSettings settings, NumericColumn value)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        RowSet churn = table.Churned;
        NumericColumn? products = table.NumericColumns.GetValueOrDefault(ClientSchema.Products);
        NumericColumn? active = table.NumericColumns.GetValueOrDefault(ClientSchema.LastActivity);

        // The products × activity cell of each row, numbered in order of first appearance: a handful of cells, found by
        // comparing with the few values seen so far (a dictionary lookup per row cost a fifth of a second per million rows).
        var keys = new List<(double? Products, double? Active)>();
        var clients = new List<int>();
        var churned = new List<int>();
        var currentValues = new List<double>();
        double total = 0, lost = 0, current = 0;
        int last = -1;
        for (int row = 0; row < table.RowCount; row++)
        {
            double v = value.IsMissing(row) ? 0 : value.Values[row];
            bool left = churn.Contains(row);
            total += v;
            if (left) lost += v;
            else current += v;
            var key = (Of(products, row), Of(active, row));
            int cell = last >= 0 && keys[last].Equals(key) ? last : keys.IndexOf(key);
            if (cell < 0)
            {
                cell = keys.Count;
                keys.Add(key);
                clients.Add(0);
                churned.Add(0);
                currentValues.Add(0);
            }
            last = cell;
            clients[cell]++;
            if (left) churned[cell]++;
            else currentValues[cell] += v;
        }
        var cells = keys.Select((key, i) => (Key: key, Value: (Clients: clients[i], Churned: churned[i], Current: currentValues[i])));

        ImmutableArray<ValueCell> ordered =
        [
            .. cells
                .OrderBy(c => c.Key.Products ?? double.MaxValue)
                .ThenBy(c => c.Key.Active ?? double.MaxValue)
                .Select(c => new ValueCell(c.Key.Products, c.Key.Active, c.Value.Clients, c.Value.Churned, c.Value.Current,
                    c.Value.Current * c.Value.Churned / c.Value.Clients)),
        ];
        return new ValueFindings(settings.Formula.Text, settings.Description, table.RowCount, churn.Count,
            total, lost, current, ordered.Sum(c => c.AtRisk), value.Missing.Count, ordered);
    }

    private static double? Of(NumericColumn? column, int row) => column is null || column.IsMissing(row) ? null : column.Values[row];
}
