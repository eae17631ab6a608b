using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The correlations slide: how strongly churn goes with each column, by the method that fits, strongest first.</summary>
internal static class CorrelationsSlide
{
    public static Slide Compose(ChurnFindings findings, Narration n)
    {
        Wording w = n.W;
        // In the deck's one driver order (the model's importance), so this slide supports the ranking rather than
        // competing with it; the workbook's sheet keeps the order by coefficient.
        Func<string, int> rank = DriverOrder.Rank(findings);
        ImmutableArray<ChurnCorrelation> ranked = [.. Ranked(findings.Correlations.WithChurn).OrderBy(c => rank(c.Column))];
        ImmutableArray<string> drivers = [.. DriverOrder.Columns(findings).Take(3)];
        var chart = new BarChartSpec(
            null,
            [.. ranked.Select(c => new BarItem(ColumnNames.Of(c.Column, w), Math.Abs(c.Value), Highlight: drivers.Contains(c.Column)))],
            null, null, ValueAxis.Decimal, Horizontal: true);
        var table = new Table(
            [
                new(w.Say("Признак", "Column")),
                new(w.Say("Метод", "Method")),
                new(w.Say("Коэфф.", "Coef."), CellFormat.Decimal),
                new("p"),
            ],
            [.. ranked.Select(c => ImmutableArray.Create<Cell>(ColumnNames.Of(c.Column, w), MethodName(c.Method, w), c.Value, w.PValueCell(c.PValue)))]);
        ViewModel model = n.Model()
            .List("ranked", ranked.Select(c => new ViewModel(w)
                .Text("column", ColumnNames.Of(c.Column, w))
                .Text("method", MethodName(c.Method, w))
                .Number("value", Math.Round(c.Value, 2))
                .PValue("p", c.PValue)))
            .Words("drivers", drivers.Select(c => ColumnNames.Of(c, w)))
            .Flag("drivers_from_model", DriverOrder.FromModel(findings));
        return n.Slide(SlideKinds.Correlations, model, [new ChartBlock(chart), new TableBlock(table)]);
    }

    internal static ImmutableArray<ChurnCorrelation> Ranked(ImmutableArray<ChurnCorrelation> all) =>
        [.. all.OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Column, StringComparer.Ordinal)];

    internal static string MethodName(string method, Wording w) => method switch
    {
        "spearman" => w.Say("Спирмен", "Spearman"),
        "point_biserial" => w.Say("бисериальная", "point-biserial"),
        _ => w.Say("V Крамера", "Cramér's V"),
    };
}
