using System.Collections.Immutable;
using BankChurn.Core.Analysis.Value;

namespace BankChurn.Core.Report;

/// <summary>The workbook's value sheet: the totals, then the products × activity cells behind the at-risk figure.</summary>
internal static class ValueSheet
{
    public static Sheet Compose(ValueFindings value, string description, Wording w)
    {
        string totals = w.Say("Итого", "Totals"), cellsSection = w.Say("Под риском по группам", "At risk by group");
        var rows = new List<ImmutableArray<Cell>>
        {
            Row(totals, w.Say("Все клиенты", "All clients"), value.Clients, value.Churned, value.Total, Cell.Empty),
            Row(totals, w.Say("Ушедшие", "Churned"), value.Churned, value.Churned, value.Lost, Cell.Empty),
            Row(totals, w.Say("Текущие", "Current"), value.Clients - value.Churned, 0, value.Current, value.AtRisk),
        };
        foreach (ValueCell cell in value.Cells)
        {
            string products = cell.Products is { } p ? w.Number(p) : w.Say("нет данных", "missing");
            string active = cell.Active is { } a ? (a == 1 ? w.Say("активные", "active") : w.Say("неактивные", "inactive")) : w.Say("активность неизвестна", "activity missing");
            rows.Add(Row(cellsSection, w.Say($"{products} прод., {active}", $"{products} products, {active}"), cell.Clients, cell.Churned, cell.CurrentValue, cell.AtRisk));
        }
        rows.Add(Row(w.Say("Метод", "Method"), w.Say($"Формула: {value.Formula}", $"Formula: {value.Formula}"), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty));
        rows.Add(Row(w.Say("Метод", "Method"), description, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty));
        if (value.MissingValues > 0)
            rows.Add(Row(w.Say("Метод", "Method"), w.Say("Клиентов без значения (ценность = 0)", "Clients without a value (counted as 0)"), value.MissingValues, Cell.Empty, Cell.Empty, Cell.Empty));
        var table = new Table(
            [
                new(w.Say("Раздел", "Section")),
                new(w.Say("Группа", "Group")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Ушли", "Churned"), CellFormat.Integer),
                new(w.Say("Ценность в год, ₽", "Value a year, ₽"), CellFormat.Money),
                new(w.Say("Под риском, ₽", "At risk, ₽"), CellFormat.Money),
            ],
            [.. rows]);
        return new Sheet(w.Say("Ценность клиентов", "Client value"),
            w.Say("В группах: ценность текущих клиентов и её часть под риском (× доля оттока группы)", "By group: current clients' value and the part at risk (× the group's churn share)"), table);
    }

    private static ImmutableArray<Cell> Row(string section, string group, Cell clients, Cell churned, Cell value, Cell atRisk) =>
        [section, group, clients, churned, value, atRisk];
}
