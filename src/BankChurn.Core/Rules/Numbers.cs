using BankChurn.Core.Clients;

namespace BankChurn.Core.Rules;

/// <summary>
/// The value of a numeric node over all rows: either one value per row with a missing mask, or a single constant
/// (<see cref="Mask"/> = 0), so that <c>Values[row &amp; Mask]</c> reads both without a branch or a filled array.
/// </summary>
internal readonly struct Numbers
{
    private Numbers(double[] values, int mask, RowSet? missing)
    {
        Values = values;
        Mask = mask;
        Missing = missing;
    }

    public double[] Values { get; }

    /// <summary>-1 (all bits) for a column, 0 for a constant.</summary>
    public int Mask { get; }

    /// <summary>The missing rows of a column; null for a constant or a column without gaps.</summary>
    public RowSet? Missing { get; }

    public bool IsConstant => Mask == 0;

    public static Numbers Column(double[] values, RowSet? missing) => new(values, -1, missing);

    public static Numbers Constant(double value) => new([value], 0, null);

    /// <summary>A full column of <paramref name="rows"/> values; missing rows hold NaN, as <see cref="NumericColumn"/> promises.</summary>
    public NumericColumn ToColumn(string name, int rows)
    {
        if (!IsConstant)
            return new NumericColumn(name, Values, Missing ?? new RowSet(rows));
        var values = new double[rows];
        Array.Fill(values, Values[0]);
        return new NumericColumn(name, values, new RowSet(rows));
    }
}
