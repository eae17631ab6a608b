using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;

namespace BankChurn.Core.Report;

/// <summary>Continuous drivers: the churn-prone ranges of every continuous column, and how churned and retained clients differ.</summary>
internal static class ContinuousDriversSlide
{
    private const int Rows = 12;

    public static Slide Compose(ChurnFindings findings, double proneAlpha, Wording w)
    {
        ChurnRate overall = findings.Overall;
        var ranges = findings.Drivers
            .SelectMany(d => d.ProneRanges.Select(r => (Driver: d, Range: r)))
            .OrderByDescending(x => x.Range.ExcessChurned(overall.Rate))
            .Take(Rows)
            .ToList();
        var table = new Table(
            [
                new(w.Say("Признак", "Feature")),
                new(w.Say("Диапазон", "Range")),
                new(w.Say("Клиентов", "Clients"), CellFormat.Integer),
                new(w.Say("Отток", "Churn"), CellFormat.Percent),
                new(w.Say("К среднему", "Lift"), CellFormat.Decimal),
            ],
            [
                .. ranges.Select(x => ImmutableArray.Create<Cell>(
                    ColumnNames.Short(x.Range.Column, w),
                    Span(x.Driver, x.Range, w),
                    x.Range.Clients,
                    x.Range.Rate,
                    Cell.OfOptional(x.Range.Lift))),
            ]);
        var notes = new List<string>();
        foreach (ContinuousDriver driver in findings.Drivers)
            if (Comparison(driver, w) is { } line)
                notes.Add(line);
        notes.Add(w.Say(
            $"Диапазон склонен к оттоку, если нижняя граница {w.Percent(1 - proneAlpha, 0)}-го интервала Уилсона доли оттока в квантильной группе выше средней ({w.Percent(overall.Rate)}); соседние группы объединены.",
            $"A range is churn-prone when the lower end of the {w.Percent(1 - proneAlpha, 0)} Wilson interval of a quantile bin's churn share is above the average ({w.Percent(overall.Rate)}); adjacent bins are merged."));
        var blocks = ImmutableArray.CreateBuilder<SlideBlock>();
        if (ranges.Count > 0)
            blocks.Add(new TableBlock(table));
        blocks.Add(new TextBlock([.. notes], Bullets: true, Heading: w.Say("Уходящие и оставшиеся: медианы", "Churned vs retained: medians")));
        return new Slide(SlideKinds.ContinuousDrivers, Headline(ranges, overall, w), null, blocks.ToImmutable());
    }

    private static string Span(ContinuousDriver driver, ChurnRange range, Wording w) =>
        ColumnPhrases.Span(range.Column, range.From, range.To, range.From <= driver.Bins[0].Min, range.To >= driver.Bins[^1].Max, w);

    /// <summary>"Баланс: 780 тыс. ₽ у ушедших против 480 тыс. ₽ у оставшихся; без значения — 2 295 клиентов, отток 0,5 %".</summary>
    private static string? Comparison(ContinuousDriver driver, Wording w)
    {
        if (driver.Churned is not { } churned || driver.Retained is not { } retained)
            return null;
        string Value(double x) => ColumnPhrases.IsMoney(driver.Column) ? w.ReadableMoney(x) : w.Number(Math.Round(x, 1));
        string line = w.Say(
            $"{ColumnNames.Of(driver.Column, w)}: {Value(churned.Median)} у ушедших против {Value(retained.Median)} у оставшихся",
            $"{ColumnNames.Of(driver.Column, w)}: {Value(churned.Median)} among churned vs {Value(retained.Median)} among retained");
        if (driver.Missing.Clients > 0)
            line += w.Say(
                $"; без значения — {w.Count(driver.Missing.Clients, "клиент", "клиента", "клиентов", "", "")}, отток {w.Percent(driver.Missing.Rate)}",
                $"; missing for {w.Count(driver.Missing.Clients, "", "", "", "client", "clients")}, churn {w.Percent(driver.Missing.Rate)}");
        return line + ".";
    }

    /// <summary>"Отток выше среднего при балансе от 1 млн ₽ и скоринге 830–910": the two ranges with the most excess churners, from different columns.</summary>
    private static string Headline(List<(ContinuousDriver Driver, ChurnRange Range)> ranges, ChurnRate overall, Wording w)
    {
        if (ranges.Count == 0)
            return overall.Churned == 0
                ? w.Say("В этом месяце никто не ушёл", "Nobody left this month")
                : w.Say("Ни в одном диапазоне числовых признаков отток не выше среднего значимо", "No range of a numeric feature churns significantly above average");
        var top = ranges.GroupBy(x => x.Range.Column).Select(g => g.First()).Take(2).ToList();
        string[] phrases = [.. top.Select(x => ColumnPhrases.Range(x.Range.Column, x.Range.From, x.Range.To,
            x.Range.From <= x.Driver.Bins[0].Min, x.Range.To >= x.Driver.Bins[^1].Max, w))];
        string joined = string.Join(w.Say(" и ", " and "), phrases);
        ChurnRange first = top[0].Range;
        return w.Say($"Отток выше среднего при {joined}: до {w.Percent(first.Rate)} против {w.Percent(overall.Rate)}",
                     $"Churn is above average with {joined}: up to {w.Percent(first.Rate)} vs {w.Percent(overall.Rate)}");
    }
}
