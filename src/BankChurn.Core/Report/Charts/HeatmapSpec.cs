using System.Collections.Immutable;

namespace BankChurn.Core.Report.Charts;

/// <summary>A square matrix of values 0..1 (the phi_K correlation matrix) as coloured cells with the values printed in them.</summary>
/// <param name="Title">A heading above the plot, or null.</param>
/// <param name="Labels">The variables, naming both the rows and the columns.</param>
/// <param name="Values">Rows of the matrix, one per label, each with one value 0..1 per label.</param>
public sealed record HeatmapSpec(string? Title, ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<double>> Values) : ChartSpec
{
    /// <summary>The matrix, checked to be square with one row and column per label.</summary>
    public ImmutableArray<ImmutableArray<double>> Values { get; init; } = Checked(Labels, Values);

    private static ImmutableArray<ImmutableArray<double>> Checked(ImmutableArray<string> labels, ImmutableArray<ImmutableArray<double>> values)
    {
        int n = labels.IsDefault ? 0 : labels.Length;
        int rows = values.IsDefault ? 0 : values.Length;
        if (rows != n || values.Any(row => (row.IsDefault ? 0 : row.Length) != n))
            throw new ArgumentException($"A heatmap over {n} labels needs {n} rows of {n} values.", nameof(values));
        return values;
    }
}
