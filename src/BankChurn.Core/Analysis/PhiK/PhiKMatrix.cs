using System.Collections.Immutable;

namespace BankChurn.Core.Analysis.PhiK;

/// <summary>φK for every pair of <paramref name="Columns"/>: symmetric, with 1 on the diagonal, made with <paramref name="Binning"/>.</summary>
public sealed record PhiKMatrix(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<PhiKResult>> Cells, PhiKBinning Binning)
{
    public PhiKResult this[int row, int col] => Cells[row][col];

    public PhiKResult this[string row, string col] => Cells[IndexOf(row)][IndexOf(col)];

    /// <summary>φK of <paramref name="row"/> against <paramref name="col"/>.</summary>
    public double Value(string row, string col) => this[row, col].Value;

    /// <summary>The significance (Z) of <paramref name="row"/> against <paramref name="col"/>.</summary>
    public double Significance(string row, string col) => this[row, col].Significance;

    public int IndexOf(string column)
    {
        int index = Columns.IndexOf(column, StringComparer.Ordinal);
        return index >= 0 ? index : throw new ArgumentException($"No column '{column}' in the φK matrix.", nameof(column));
    }
}
