namespace BankChurn.Core.Clients;

/// <summary>A numeric column: one double per row and a mask of missing rows. A missing row's value is NaN and must never be read as a number.</summary>
public sealed class NumericColumn
{
    public NumericColumn(string name, double[] values, RowSet missing)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(missing.Capacity, values.Length);
        Name = name;
        Values = values;
        Missing = missing;
    }

    public string Name { get; }

    public double[] Values { get; }

    public RowSet Missing { get; }

    public int Length => Values.Length;

    public bool IsMissing(int row) => Missing.Contains(row);

    /// <summary>The values of the rows in <paramref name="keep"/>, in row order (as <see cref="ClientTable.Filter"/> keeps a table's rows).</summary>
    public NumericColumn Filter(RowSet keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentOutOfRangeException.ThrowIfNotEqual(keep.Capacity, Length);
        var values = new double[keep.Count];
        var missing = new RowSet(values.Length);
        int at = 0;
        foreach (int row in keep)
        {
            values[at] = Values[row];
            if (Missing.Contains(row)) missing.Add(at);
            at++;
        }
        return new NumericColumn(Name, values, missing);
    }

    /// <summary>A column built from nullable values, for tests and small tables.</summary>
    public static NumericColumn From(string name, IReadOnlyList<double?> values)
    {
        var data = new double[values.Count];
        var missing = new RowSet(values.Count);
        for (int i = 0; i < data.Length; i++)
        {
            if (values[i] is { } v) data[i] = v;
            else
            {
                data[i] = double.NaN;
                missing.Add(i);
            }
        }
        return new NumericColumn(name, data, missing);
    }
}
