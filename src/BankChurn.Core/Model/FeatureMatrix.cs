using System.Collections.Immutable;

namespace BankChurn.Core.Model;

/// <summary>
/// The model's input: one row of <see cref="Width"/> single-precision features per client, row-major (what gradient
/// boosting reads), missing as NaN. <see cref="Columns"/> says which features come from which source column, so that
/// permutation importance shuffles a category's encoded features together.
/// </summary>
public sealed class FeatureMatrix
{
    public FeatureMatrix(float[] values, int rows, ImmutableArray<string> featureNames, ImmutableArray<FeatureColumn> columns)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, rows * featureNames.Length);
        Values = values;
        Rows = rows;
        FeatureNames = featureNames;
        Columns = columns;
    }

    public float[] Values { get; }

    public int Rows { get; }

    public int Width => FeatureNames.Length;

    public ImmutableArray<string> FeatureNames { get; }

    public ImmutableArray<FeatureColumn> Columns { get; }

    public ReadOnlySpan<float> Row(int row) => Values.AsSpan(row * Width, Width);

    /// <summary>The rows in <paramref name="rows"/>, in that order.</summary>
    public FeatureMatrix Gather(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int width = Width;
        var values = new float[rows.Count * width];
        for (int i = 0; i < rows.Count; i++)
            Array.Copy(Values, rows[i] * width, values, i * width, width);
        return new FeatureMatrix(values, rows.Count, FeatureNames, Columns);
    }

    /// <summary>A copy whose features of <paramref name="column"/> are moved, as one block per row, by the permutation <paramref name="order"/>.</summary>
    public FeatureMatrix WithPermuted(FeatureColumn column, int[] order)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNotEqual(order.Length, Rows);
        var values = (float[])Values.Clone();
        int width = Width;
        for (int row = 0; row < Rows; row++)
            foreach (int feature in column.Features)
                values[row * width + feature] = Values[order[row] * width + feature];
        return new FeatureMatrix(values, Rows, FeatureNames, Columns);
    }
}
