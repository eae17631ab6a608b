using System.Collections.Immutable;
using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.Core.Report;

/// <summary>The workbook's drivers sheet: per continuous column its quantile bins, its churn-prone ranges and its missing values.</summary>
internal static class DriversSheet
{
    public static Sheet Compose(ImmutableArray<ContinuousDriver> drivers, Wording w)
    {
        var rows = new List<ImmutableArray<Cell>>();
        foreach (ContinuousDriver driver in drivers)
        {
            string name = ColumnNames.Of(driver.Column, w);
            foreach (QuantileBin bin in driver.Bins)
                rows.Add([name, w.Say("квантильная группа", "quantile bin"), bin.Min, bin.Max, bin.Churn.Clients, bin.Churn.Churned, bin.Churn.Rate,
                    bin.Churn.Confidence.Low, bin.Churn.Confidence.High, Cell.OfOptional(bin.Lift), bin.Prone ? w.Say("да", "yes") : ""]);
            foreach (ChurnRange range in driver.ProneRanges)
                rows.Add([name, w.Say("диапазон повышенного оттока", "churn-prone range"), range.From, range.To, range.Clients, range.Churned, range.Rate,
                    range.Confidence.Low, range.Confidence.High, Cell.OfOptional(range.Lift), w.Say("да", "yes")]);
            if (driver.Missing.Clients > 0)
                rows.Add([name, w.Say("нет данных", "missing"), Cell.Empty, Cell.Empty, driver.Missing.Clients, driver.Missing.Churned, driver.Missing.Rate,
                    driver.Missing.Confidence.Low, driver.Missing.Confidence.High, Cell.Empty, ""]);
        }
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Строка", "Row")),
                new(w.Say("От", "From"), CellFormat.Decimal),
                new(w.Say("До", "To"), CellFormat.Decimal),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Ушли", "Churned"), CellFormat.Integer),
                new(w.Say("Доля оттока", "Churn share"), CellFormat.Percent),
                new(w.Say("95 % ДИ, от", "95% CI low"), CellFormat.Percent),
                new(w.Say("95 % ДИ, до", "95% CI high"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
                new(w.Say("Повышенный отток", "Churn-prone")),
            ],
            [.. rows]);
        return new Sheet(w.Say("Числовые признаки", "Numeric drivers"),
            w.Say("«От» и «До» — наименьшее и наибольшее значение клиентов в строке, включительно", "From and To are the smallest and largest values of the row's clients, inclusive"), table);
    }
}
