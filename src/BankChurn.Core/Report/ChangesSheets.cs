using System.Collections.Immutable;
using BankChurn.Core.Changes;
using BankChurn.Core.Segments;

namespace BankChurn.Core.Report;

/// <summary>
/// The month-over-month sheets: every segment id with last month's and this month's size and churn (last month's rule
/// re-applied), the change, its p-value and status; the headline figures; and the shift-share cells. None without last period.
/// </summary>
internal static class ChangesSheets
{
    public static ImmutableArray<Sheet> Compose(ChangeFindings findings, Wording w)
    {
        if (findings.Changes is not { } c)
            return [];
        var t = new ChangeWording(w);
        ImmutableArray<Sheet> sheets = [Segments(c, t), Figures(c, t)];
        return c.ShiftShare is { } shift ? sheets.Add(ShiftShareSheet(shift, c, t)) : sheets;
    }

    private static Sheet Segments(PeriodChanges c, ChangeWording t)
    {
        Wording w = t.Words;
        var table = new Table(
            [
                new(w.Say("Статус", "Status")),
                new("id"),
                new(w.Say("Сегмент", "Segment")),
                new(w.Say("Цель", "Goal")),
                new(w.Say("Источник", "Source")),
                new(w.Say("Приоритет, было", "Previous priority"), CellFormat.Integer),
                new(w.Say("Приоритет", "Priority"), CellFormat.Integer),
                new(w.Say("Клиентов, было", "Previous clients"), CellFormat.Integer),
                new(w.Say("Клиентов, сейчас", "Clients now"), CellFormat.Integer),
                new(w.Say("Изменение клиентов", "Change in clients"), CellFormat.Integer),
                new(w.Say("Доля оттока, было", "Previous churn share"), CellFormat.Percent),
                new(w.Say("Доля оттока, сейчас", "Churn share now"), CellFormat.Percent),
                new(w.Say("Изменение доли оттока", "Change in churn share"), CellFormat.Percent),
                new(w.Say("p изменения", "p of the change"), CellFormat.Scientific),
                new(w.Say("Клиентов по новому правилу", "Clients by this month's rule"), CellFormat.Integer),
                new(w.Say("Отток по новому правилу", "Churn by this month's rule"), CellFormat.Percent),
                new(w.Say("Подтверждён", "Confirmed")),
                new(w.Say("Стабильность", "Stability"), CellFormat.Decimal),
                new(w.Say("Связан с", "Linked to")),
                new(w.Say("Правило, было", "Previous rule")),
                new(w.Say("Правило, сейчас", "Current rule")),
            ],
            [.. c.Segments.Select(s => ImmutableArray.Create<Cell>(
                t.Status(s.Status),
                s.Id,
                w.IsRussian ? s.Name : s.EnglishName,
                s.Goal == SegmentGoal.Retention ? w.Say("удержание", "retention") : w.Say("привлечение", "acquisition"),
                s.Source == SegmentSource.Config ? w.Say("задан", "defined") : w.Say("найден", "found"),
                Cell.OfOptional(s.PreviousPriority),
                Cell.OfOptional(s.CurrentPriority),
                Cell.OfOptional(s.Previous?.Clients),
                Cell.OfOptional(s.Reapplied?.Clients),
                Cell.OfOptional(s.ClientsChange),
                Cell.OfOptional(s.Previous?.Rate),
                Cell.OfOptional(s.Reapplied?.Rate),
                Cell.OfOptional(s.RateChange),
                Cell.OfOptional(s.ChurnTest?.PValue),
                Cell.OfOptional(s.Current?.Clients),
                Cell.OfOptional(s.Current?.Rate),
                s.Confirmed is { } confirmed ? t.YesNo(confirmed) : Cell.Empty,
                Cell.OfOptional(s.Stability),
                s.RedefinesId ?? s.ReplacedById ?? "",
                s.PreviousRule ?? "",
                s.CurrentRule ?? ""))]);
        return new Sheet(w.Say("Изменения", "Changes"), null, table);
    }

    private static Sheet Figures(PeriodChanges c, ChangeWording t)
    {
        Wording w = t.Words;
        var table = new Table(
            [
                new(w.Say("Показатель", "Figure")),
                new(w.Say("Ключ в results.json", "Key in results.json")),
                new(w.Say("Было", "Previous")),
                new(w.Say("Стало", "Current")),
                new(w.Say("Изменение", "Change")),
                new(w.Say("Изменение, %", "Change, %"), CellFormat.Percent),
            ],
            [.. c.Figures.Select(f =>
            {
                CellFormat format = FormatOf(f.Key);
                return ImmutableArray.Create<Cell>(
                    t.Label(f.Key),
                    f.Key,
                    Cell.Of(f.Previous).WithFormat(format),
                    Cell.Of(f.Current).WithFormat(format),
                    Cell.Of(f.Absolute).WithFormat(format),
                    Cell.OfOptional(f.Relative));
            })]);
        return new Sheet(w.Say("Изменения показателей", "Figure changes"), null, table);
    }

    private static Sheet ShiftShareSheet(ShiftShare shift, PeriodChanges c, ChangeWording t)
    {
        Wording w = t.Words;
        string Name(string id) => id == PriorityPartition.RestId ? t.RestOfBase
            : c.Segments.FirstOrDefault(s => s.Id == id) is { } s ? (w.IsRussian ? s.Name : s.EnglishName) : id;
        var rows = shift.Cells.Select(cell => ImmutableArray.Create<Cell>(
            Name(cell.Id), cell.Id, cell.PreviousShare, cell.CurrentShare, cell.Previous.Rate, cell.Current.Rate,
            cell.Mix, cell.RateEffect, cell.Interaction, cell.Total)).ToList();
        rows.Add([w.Say("Итого", "Total"), "", 1.0, 1.0, shift.PreviousRate, shift.CurrentRate, shift.Mix, shift.RateEffect, shift.Interaction, shift.Total]);
        var table = new Table(
            [
                new(w.Say("Группа", "Cell")),
                new("id"),
                new(w.Say("Доля клиентов, было", "Share of clients, previous"), CellFormat.Percent),
                new(w.Say("Доля клиентов, сейчас", "Share of clients, now"), CellFormat.Percent),
                new(w.Say("Отток, было", "Churn, previous"), CellFormat.Percent),
                new(w.Say("Отток, сейчас", "Churn, now"), CellFormat.Percent),
                new(w.Say("Вклад структуры", "Mix effect"), CellFormat.Percent),
                new(w.Say("Вклад оттока", "Rate effect"), CellFormat.Percent),
                new(w.Say("Совместный", "Interaction"), CellFormat.Percent),
                new(w.Say("Всего", "Total"), CellFormat.Percent),
            ],
            [.. rows]);
        return new Sheet(w.Say("Структура и отток", "Mix and rate"), null, table);
    }

    private static CellFormat FormatOf(string key) => key switch
    {
        HeadlineFigures.Rate or HeadlineFigures.ValueLostShare => CellFormat.Percent,
        HeadlineFigures.ValueTotal or HeadlineFigures.ValueLost or HeadlineFigures.ValueAtRisk
            or HeadlineFigures.ValueMeanChurned or HeadlineFigures.ValueMeanCurrent => CellFormat.Money,
        _ => CellFormat.Integer,
    };
}
