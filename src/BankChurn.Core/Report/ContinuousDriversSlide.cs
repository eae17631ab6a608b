using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Drivers;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>Continuous drivers: the churn-prone ranges of every continuous column, and how churned and retained clients differ.</summary>
internal static class ContinuousDriversSlide
{
    private const int Rows = 12;

    public static Slide Compose(ChurnFindings findings, double proneAlpha, Narration n)
    {
        Wording w = n.W;
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
        var blocks = ImmutableArray.CreateBuilder<SlideBlock>();
        if (ranges.Count > 0)
            blocks.Add(new TableBlock(table));
        // The headline names the two ranges with the most excess churners, from different columns.
        var top = ranges.GroupBy(x => x.Range.Column).Select(g => g.First()).Take(2).ToList();
        string Phrase((ContinuousDriver Driver, ChurnRange Range) x) =>
            ColumnPhrases.Range(x.Range.Column, x.Range.From, x.Range.To, x.Range.From <= x.Driver.Bins[0].Min, x.Range.To >= x.Driver.Bins[^1].Max, w);
        ViewModel model = n.Model()
            .Words("top_phrases", top.Select(Phrase))
            .List("top_ranges", top.Select(x => new ViewModel(w)
                .Text("column", ColumnNames.Of(x.Range.Column, w))
                .Text("phrase", Phrase(x))
                .Text("span", Span(x.Driver, x.Range, w))
                .Share("rate", x.Range.Rate)
                .Count("clients", x.Range.Clients)))
            .Count("ranges", ranges.Count)
            .List("medians", findings.Drivers.Where(d => d.Churned is not null && d.Retained is not null).Select(d => Medians(d, w)))
            .Number("prone_alpha", proneAlpha)
            .Count("bins_tested", findings.Drivers.Sum(d => d.Bins.Length));
        return n.Slide(SlideKinds.ContinuousDrivers, model, blocks.ToImmutable());
    }

    private static string Span(ContinuousDriver driver, ChurnRange range, Wording w) =>
        ColumnPhrases.Span(range.Column, range.From, range.To, range.From <= driver.Bins[0].Min, range.To >= driver.Bins[^1].Max, w);

    /// <summary>A column's medians among churned and retained clients, money in readable units, and its clients without a value.</summary>
    private static ViewModel Medians(ContinuousDriver driver, Wording w)
    {
        bool money = ColumnPhrases.IsMoney(driver.Column);
        string Value(double x) => money ? w.ReadableMoney(x) : w.Number(Math.Round(x, 1));
        return new ViewModel(w)
            .Text("column", ColumnNames.Of(driver.Column, w))
            .Number("churned", driver.Churned!.Median)
            .Number("retained", driver.Retained!.Median)
            .Text("churned_text", Value(driver.Churned.Median))
            .Text("retained_text", Value(driver.Retained.Median))
            .Count("missing_clients", driver.Missing.Clients)
            .Share("missing_rate", driver.Missing.Rate);
    }
}
