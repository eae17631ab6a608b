using System.Collections.Immutable;
using BankChurn.Core.Analysis.Overview;

namespace BankChurn.Core.Report;

/// <summary>The workbook's churn-by-feature sheet: every level of every categorical column, with its feature's chi-square test on each row for filtering.</summary>
internal static class ChurnByFeatureSheet
{
    public static Sheet Compose(ImmutableArray<FeatureChurn> features, Wording w)
    {
        var rows = features.SelectMany(f => f.Levels.Select(l => ImmutableArray.Create<Cell>(
            ColumnNames.Of(f.Column, w),
            f.Column,
            ColumnPhrases.Label(f.Column, l.Level, l.IsMissing, w),
            l.Churn.Clients,
            l.Churn.Churned,
            l.Churn.Rate,
            l.Churn.Confidence.Low,
            l.Churn.Confidence.High,
            Cell.OfOptional(l.Lift),
            f.Test.Statistic,
            f.Test.DegreesOfFreedom,
            Cell.Of(f.Test.PValue).WithFormat(CellFormat.Text),
            f.Test.CramersV)));
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Поле", "Column")),
                new(w.Say("Значение", "Value")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Ушли", "Churned"), CellFormat.Integer),
                new(w.Say("Доля оттока", "Churn share"), CellFormat.Percent),
                new(w.Say("95 % ДИ, от", "95% CI low"), CellFormat.Percent),
                new(w.Say("95 % ДИ, до", "95% CI high"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
                new("χ²", CellFormat.Decimal),
                new(w.Say("Степеней свободы", "dof"), CellFormat.Integer),
                new("p"),
                new(w.Say("V Крамера", "Cramér's V"), CellFormat.Decimal),
            ],
            [.. rows]);
        return new Sheet(w.Say("Отток по признакам", "Churn by feature"),
            w.Say("χ² Пирсона без поправки на непрерывность; интервалы Уилсона 95 %", "Pearson's χ² without continuity correction; 95% Wilson intervals"), table);
    }
}
