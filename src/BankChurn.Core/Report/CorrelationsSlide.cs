using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Report.Charts;
using BankChurn.Core.Report.Narrative;

namespace BankChurn.Core.Report;

/// <summary>The correlations slide: how strongly churn goes with each column, by the method that fits, strongest first.</summary>
internal static class CorrelationsSlide
{
    public static Slide Compose(CorrelationFindings correlations, Narration n)
    {
        Wording w = n.W;
        ImmutableArray<ChurnCorrelation> ranked = Ranked(correlations.WithChurn);
        var chart = new BarChartSpec(
            null,
            [.. ranked.Select((c, i) => new BarItem(ColumnNames.Of(c.Column, w), Math.Abs(c.Value), Highlight: i < 2))],
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
                .PValue("p", c.PValue)));
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
