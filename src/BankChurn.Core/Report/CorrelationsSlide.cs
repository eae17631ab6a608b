using System.Collections.Immutable;
using BankChurn.Core.Analysis.Correlations;
using BankChurn.Core.Report.Charts;

namespace BankChurn.Core.Report;

/// <summary>The correlations slide: how strongly churn goes with each column, by the method that fits, strongest first.</summary>
internal static class CorrelationsSlide
{
    public static Slide Compose(CorrelationFindings correlations, int churned, Wording w)
    {
        ImmutableArray<ChurnCorrelation> ranked = Ranked(correlations.WithChurn);
        string title = churned == 0
            ? w.Say("В этом месяце никто не ушёл: связь признаков с оттоком не определена", "Nobody left this month: no association with churn can be measured")
            : ranked.Length < 2
            ? w.Say("Связь оттока с признаками", "How churn relates to each column")
            : w.Say(
                $"Сильнее всего с уходом связаны {ColumnNames.Of(ranked[0].Column, w).ToLowerInvariant()} и {ColumnNames.Of(ranked[1].Column, w).ToLowerInvariant()}",
                $"Churn goes most with {ColumnNames.Of(ranked[0].Column, w).ToLowerInvariant()} and {ColumnNames.Of(ranked[1].Column, w).ToLowerInvariant()}");
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
        return new Slide("correlations", title, w.Say(
            "Спирмен — для числовых и порядковых признаков, точечно-бисериальная — для признаков 0/1, V Крамера — для категорий; на графике — модуль коэффициента",
            "Spearman for numeric and ordered columns, point-biserial for 0/1 columns, Cramér's V for categories; the chart shows the absolute value"),
            [new ChartBlock(chart), new TableBlock(table)]);
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
