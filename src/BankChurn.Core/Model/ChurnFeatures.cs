using System.Collections.Immutable;
using BankChurn.Core.Clients;

namespace BankChurn.Core.Model;

/// <summary>Turns the client table into the model's features.</summary>
public static class ChurnFeatures
{
    /// <summary>
    /// Every canonical column of <paramref name="table"/> except the id, the churn flag and <paramref name="exclude"/>,
    /// in schema order: a numeric column as itself, plus a 0/1 "missing" feature when any row misses it (balance:
    /// missing for the quarter of clients who almost never leave). A missing value is written below the column's
    /// smallest value rather than as NaN, so a tree can split missing off on either feature, and the trees are plain
    /// threshold comparisons that score the same outside ML.NET (whose per-node default direction for NaN is not public);
    /// a category as one 0/1 feature per level (a missing cell is all zeros). The features of one column stay together
    /// in <see cref="FeatureMatrix.Columns"/>.
    /// </summary>
    public static FeatureMatrix Build(ClientTable table, IReadOnlyCollection<string> exclude)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(exclude);
        var names = new List<string>();
        var columns = new List<FeatureColumn>();
        var writers = new List<Action<float[], int, int>>();
        foreach (CanonicalColumn canonical in ClientSchema.Columns)
        {
            if (canonical.Kind is ColumnKind.Identifier or ColumnKind.Target || exclude.Contains(canonical.Name))
                continue;
            int first = names.Count;
            if (table.NumericColumns.TryGetValue(canonical.Name, out NumericColumn? numeric))
            {
                int at = names.Count;
                names.Add(canonical.Name);
                float below = BelowMinimum(numeric);
                writers.Add((row, r, width) => row[r * width + at] = numeric.IsMissing(r) ? below : (float)numeric.Values[r]);
                if (!numeric.Missing.IsEmpty)
                {
                    int flag = names.Count;
                    names.Add(canonical.Name + "_missing");
                    writers.Add((row, r, width) => row[r * width + flag] = numeric.IsMissing(r) ? 1f : 0f);
                }
            }
            else if (table.CategoryColumns.TryGetValue(canonical.Name, out CategoryColumn? category))
            {
                int start = names.Count;
                names.AddRange(category.Levels.Select(level => canonical.Name + "=" + level));
                writers.Add((row, r, width) =>
                {
                    int code = category.Codes[r];
                    if (code != CategoryColumn.MissingCode) row[r * width + start + code] = 1f;
                });
            }
            else
            {
                continue;
            }
            columns.Add(new FeatureColumn(canonical.Name, [.. Enumerable.Range(first, names.Count - first)]));
        }
        int rows = table.RowCount, width = names.Count;
        var values = new float[rows * width];
        foreach (Action<float[], int, int> write in writers)
            for (int r = 0; r < rows; r++)
                write(values, r, width);
        return new FeatureMatrix(values, rows, [.. names], [.. columns]);
    }

    private static float BelowMinimum(NumericColumn column)
    {
        double min = double.PositiveInfinity;
        for (int r = 0; r < column.Length; r++)
            if (!column.IsMissing(r) && column.Values[r] < min) min = column.Values[r];
        if (double.IsPositiveInfinity(min)) return -1f;
        return (float)(min - Math.Max(1, Math.Abs(min) * 0.01));
    }
}
