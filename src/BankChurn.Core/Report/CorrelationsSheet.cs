using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;

namespace BankChurn.Core.Report;

/// <summary>The workbook's correlations sheet: churn against every column, strongest first.</summary>
internal static class CorrelationsSheet
{
    public static Sheet Compose(CorrelationFindings correlations, Wording w)
    {
        var table = new Table(
            [
                new(w.Say("Признак", "Column")),
                new(w.Say("Поле", "Field")),
                new(w.Say("Метод", "Method")),
                new("n", CellFormat.Integer),
                new(w.Say("Коэффициент", "Coefficient"), CellFormat.Decimal),
                new("p", CellFormat.Scientific),
            ],
            [.. CorrelationsSlide.Ranked(correlations.WithChurn).Select(c => ImmutableArray.Create<Cell>(
                ColumnNames.Of(c.Column, w), c.Column, CorrelationsSlide.MethodName(c.Method, w), c.N, c.Value, c.PValue))]);
        return new Sheet(w.Say("Корреляции", "Correlations"), null, table);
    }
}
