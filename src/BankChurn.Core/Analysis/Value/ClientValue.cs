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

    /// <summary>The value block from a value column already evaluated (the segments reuse the same column), with at risk by the cells.</summary>
    public static ValueFindings Assess(ClientTable table, ValueSettings settings, NumericColumn value) =>
        Assess(table, settings, value, ChurnRisk.ByCells(table));

    /// <summary>
    /// The value block with at risk = Σ value × <paramref name="risk"/> over current clients, the same probabilities the
    /// segments' value at risk uses.
    /// </summary>
    public static ValueFindings Assess(ClientTable table, ValueSettings settings, NumericColumn value, ChurnRisk risk)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(risk);
        RowSet churn = table.Churned;
        int[] cellOf = CellOfRow(table, out List<(double? Products, double? Active)> keys);
        var clients = new int[keys.Count];
        var churned = new int[keys.Count];
        var currentValues = new double[keys.Count];
        double total = 0, lost = 0, current = 0;
        for (int row = 0; row < table.RowCount; row++)
        {
            double v = value.IsMissing(row) ? 0 : value.Values[row];
            bool left = churn.Contains(row);
            total += v;
            if (left) lost += v;
            else current += v;
            int cell = cellOf[row];
            clients[cell]++;
            if (left) churned[cell]++;
            else currentValues[cell] += v;
        }

        ImmutableArray<ValueCell> ordered =
        [
            .. keys.Select((key, i) => (Key: key, Index: i))
                .OrderBy(c => c.Key.Products ?? double.MaxValue)
                .ThenBy(c => c.Key.Active ?? double.MaxValue)
                .Select(c => new ValueCell(c.Key.Products, c.Key.Active, clients[c.Index], churned[c.Index], currentValues[c.Index],
                    currentValues[c.Index] * churned[c.Index] / clients[c.Index])),
        ];
        return new ValueFindings(settings.Formula.Text, settings.Description, table.RowCount, churn.Count,
            total, lost, current, risk.AtRisk(table.AllRows, churn, value), value.Missing.Count, ordered);
    }

    /// <summary>
    /// The products × activity cell of each row, numbered in order of first appearance, and each cell's key: a handful of
    /// cells, found by comparing with the few values seen so far (a dictionary lookup per row cost a fifth of a second
    /// per million rows).
    /// </summary>
    internal static int[] CellOfRow(ClientTable table, out List<(double? Products, double? Active)> keys)
    {
        NumericColumn? products = table.NumericColumns.GetValueOrDefault(ClientSchema.Products);
        NumericColumn? active = table.NumericColumns.GetValueOrDefault(ClientSchema.LastActivity);
        keys = [];
        var cellOf = new int[table.RowCount];
        int last = -1;
        for (int row = 0; row < table.RowCount; row++)
        {
            var key = (Of(products, row), Of(active, row));
            int cell = last >= 0 && keys[last].Equals(key) ? last : keys.IndexOf(key);
            if (cell < 0)
            {
                cell = keys.Count;
                keys.Add(key);
            }
            cellOf[row] = last = cell;
        }
        return cellOf;
    }

    private static double? Of(NumericColumn? column, int row) => column is null || column.IsMissing(row) ? null : column.Values[row];
}
