using System.Collections.Immutable;
using BankChurn.Core.Analysis.Value;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>Client value: what the base brings a year, what left with the churned clients, and what is at risk among current ones.</summary>
internal static class ValueSlide
{
    private const int Rows = 12;

    public static Slide Compose(ValueFindings value, string description, Narration n)
    {
        Wording w = n.W;
        KeyFigure[] figures =
        [
            new(w.Say("Ценность базы в год", "Base value a year"), w.ReadableMoney(value.Total), CellFormat.Text,
                w.Say($"{w.Count(value.Clients, "клиент", "клиента", "клиентов", "", "")}", $"{w.Count(value.Clients, "", "", "", "client", "clients")}")),
            new(w.Say("Ушло с клиентами", "Lost with churned clients"), w.ReadableMoney(value.Lost), CellFormat.Text,
                w.Say($"{w.Percent(value.LostShare)} ценности базы", $"{w.Percent(value.LostShare)} of the base value")),
            new(w.Say("Под риском", "At risk"), w.ReadableMoney(value.AtRisk), CellFormat.Text,
                w.Say($"{w.Percent(value.AtRiskShare)} ценности текущих клиентов", $"{w.Percent(value.AtRiskShare)} of current clients' value")),
            new(w.Say("Средняя ценность", "Mean value"), w.ReadableMoney(value.MeanChurned), CellFormat.Text,
                w.Say($"у ушедшего; у текущего — {w.ReadableMoney(value.MeanCurrent)}", $"per churned client; {w.ReadableMoney(value.MeanCurrent)} per current one")),
        ];
        var cells = value.Cells.OrderByDescending(c => c.AtRisk).Take(Rows).OrderBy(c => c.Products ?? double.MaxValue).ThenBy(c => c.Active ?? double.MaxValue);
        var table = new Table(
            [
                new(w.Say("Продуктов", "Products")),
                new(w.Say("Активность", "Active")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Отток", "Churn"), CellFormat.Percent),
                new(w.Say("Под риском, ₽", "At risk, ₽"), CellFormat.Money),
            ],
            [
                .. cells.Select(c => ImmutableArray.Create<Cell>(
                    c.Products is { } p ? w.Number(p) : w.Say("нет данных", "missing"),
                    c.Active is { } a ? (a == 1 ? w.Say("да", "yes") : w.Say("нет", "no")) : w.Say("нет данных", "missing"),
                    c.Clients,
                    c.Rate,
                    c.AtRisk)),
            ]);
        ViewModel model = n.Model().Child("value", new ViewModel(w)
            .Text("description", description)
            .Text("formula", value.Formula)
            .Count("clients", value.Clients)
            .Count("churned", value.Churned)
            .Money("total", value.Total)
            .Money("lost", value.Lost)
            .Share("lost_share", value.LostShare)
            .Money("at_risk", value.AtRisk)
            .Share("at_risk_share", value.AtRiskShare)
            .Money("mean_churned", value.MeanChurned)
            .Money("mean_current", value.MeanCurrent)
            .Count("missing_values", value.MissingValues));
        return n.Slide(SlideKinds.Value, model, [new KeyFiguresBlock([.. figures]), new TableBlock(table)]);
    }
}
