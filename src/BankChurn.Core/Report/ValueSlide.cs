using System.Collections.Immutable;
using BankChurn.Core.Analysis.Value;

namespace BankChurn.Core.Report;

/// <summary>Client value: what the base brings a year, what left with the churned clients, and what is at risk among current ones.</summary>
internal static class ValueSlide
{
    private const int Rows = 12;

    public static Slide Compose(ValueFindings value, string description, Wording w)
    {
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
        var notes = new List<string>
        {
            description + ".",
            w.Say($"Формула: {value.Formula}", $"Formula: {value.Formula}"),
            w.Say("Под риском — ожидаемая потеря среди текущих клиентов: ценность каждого × доля оттока клиентов с тем же числом продуктов и той же активностью в этом месяце.",
                  "At risk is the expected loss among current clients: each one's value × this month's churn share of clients with the same number of products and activity."),
        };
        if (value.MissingValues > 0)
            notes.Add(w.Say(
                $"Для {w.Count(value.MissingValues, "клиента", "клиентов", "клиентов", "", "")} формулу нельзя вычислить (нет данных) — их ценность принята за 0.",
                $"The formula cannot be computed for {w.Count(value.MissingValues, "", "", "", "client", "clients")} (missing data); their value counts as 0."));
        string title = value.Churned == 0
            ? w.Say($"Ценность базы — {w.ReadableMoney(value.Total)} в год; в этом месяце никто не ушёл", $"The base is worth {w.ReadableMoney(value.Total)} a year; nobody left this month")
            : w.Say($"Ушедшие клиенты приносили {w.ReadableMoney(value.Lost)} в год — {w.Percent(value.LostShare)} ценности базы; под риском ещё {w.ReadableMoney(value.AtRisk)}",
                    $"Churned clients brought {w.ReadableMoney(value.Lost)} a year, {w.Percent(value.LostShare)} of the base value; another {w.ReadableMoney(value.AtRisk)} is at risk");
        return new Slide(SlideKinds.Value, title, null,
            [new KeyFiguresBlock([.. figures]), new TableBlock(table), new TextBlock([.. notes], Bullets: true, Heading: w.Say("Как считается", "How it is computed"))]);
    }
}
