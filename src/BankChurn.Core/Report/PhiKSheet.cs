using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Analysis.PhiK;

namespace BankChurn.Core.Report;

/// <summary>The workbook's phi_K sheet: the full matrix, one row per column.</summary>
internal static class PhiKSheet
{
    public static Sheet Compose(CorrelationFindings correlations, Wording w)
    {
        PhiKMatrix matrix = correlations.PhiK;
        var table = new Table(
            [new(w.Say("Признак", "Column")), .. matrix.Columns.Select(c => new TableColumn(c, CellFormat.Decimal))],
            [.. Enumerable.Range(0, matrix.Columns.Length).Select(i =>
                ImmutableArray.CreateRange<Cell>([matrix.Columns[i], .. Enumerable.Range(0, matrix.Columns.Length).Select(j => (Cell)matrix[i, j].Value)]))]);
        return new Sheet(w.Say("Матрица phiK", "phiK matrix"), null, table);
    }
}
