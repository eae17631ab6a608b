using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Tests.Pdf.Charts;

/// <summary>Data that breaks naive charts: long Cyrillic labels, 0 % and 100 %, one bar, negative values, nothing at all.</summary>
internal static class AwkwardCharts
{
    private const string Long = "Клиенты старше пятидесяти лет с высоким кредитным рейтингом и двумя продуктами";

    public static readonly string[] Names =
    [
        "zeros", "hundred", "single", "long-vertical", "long-horizontal", "negative-bars", "money-ranking",
        "empty-bars", "empty-grouped", "empty-distribution", "empty-heatmap", "empty-forest", "empty-change",
        "negative-forest", "one-heatmap", "big-heatmap", "flat-distribution", "grouped-many", "change-money",
    ];

    public static ChartSpec ByName(string name) => name switch
    {
        "zeros" => new BarChartSpec("Все нули", [new("Ярославль", 0), new("Рыбинск", 0)], 0, "в среднем", ValueAxis.Percent),
        "hundred" => new BarChartSpec(null, [new("Ярославль", 1, new Interval(0.93, 1)), new("Рыбинск", 1, new Interval(0.9, 1))], 1, "в среднем", ValueAxis.Percent),
        "single" => new BarChartSpec("Один город", [new("Ярославль", 0.182, new Interval(0.175, 0.19))], null, null, ValueAxis.Percent),
        "long-vertical" => new BarChartSpec(Long + " — заголовок тоже длинный", [new(Long, 0.3), new(Long + " и картой", 0.2), new("Рыбинск", 0.1)], 0.2, Long, ValueAxis.Percent),
        "long-horizontal" => new BarChartSpec(null, [.. Enumerable.Range(0, 12).Select(i => new BarItem($"{Long} №{i}", 0.03 * i, new Interval(0.03 * i * 0.8, Math.Min(1, 0.03 * i * 1.2))))], 0.182, "в среднем", ValueAxis.Percent, Horizontal: true),
        "negative-bars" => new BarChartSpec("Изменение", [new("Рост", 0.8), new("Падение", -1.25, new Interval(-1.5, -1)), new("Ноль", 0)], 0, "ноль", ValueAxis.Decimal),
        "money-ranking" => new BarChartSpec("Ценность под риском", [new("Ярославль", 125_000_000), new("Рыбинск", 48_250_000), new("Ростов Великий", 9_999_999)], null, null, ValueAxis.Money, Horizontal: true),
        "empty-bars" => new BarChartSpec("Пусто", [], 0.1, "в среднем", ValueAxis.Percent),
        "empty-grouped" => new GroupedBarChartSpec("Пусто", [], [], ValueAxis.Percent),
        "empty-distribution" => new DistributionChartSpec("Пусто", [new DistributionSeries("Ушедшие", [], [])], [], ValueAxis.Integer),
        "empty-heatmap" => new HeatmapSpec("Пусто", [], []),
        "empty-forest" => new ForestPlotSpec("Пусто", [], 0, "d"),
        "empty-change" => new ChangeChartSpec("Пусто", [], "октябрь", "ноябрь", ValueAxis.Percent),
        "negative-forest" => new ForestPlotSpec(null, [new(Long, -0.8, -1.2, -0.4, true), new("Рыбинск", -0.1, -0.3, 0.1, false)], 0, "Разница долей", ValueAxis.Percent),
        "one-heatmap" => new HeatmapSpec(null, ["churn"], [[1.0]]),
        "big-heatmap" => Big(24),
        "flat-distribution" => new DistributionChartSpec(null, [new DistributionSeries("Все", [5, 5, 5], [0, 0, 0])], [new ShadedRange(5, 5, Long)], ValueAxis.Money),
        "grouped-many" => new GroupedBarChartSpec(null, [.. Enumerable.Range(0, 14).Select(i => $"Сегмент {Long[..(10 + i)]}")], [new("Оставшиеся", [.. Enumerable.Range(0, 14).Select(i => 0.05 * i)]), new("Ушедшие", [.. Enumerable.Range(0, 14).Select(i => 0.7 - (0.05 * i))], true)], ValueAxis.Percent),
        "change-money" => new ChangeChartSpec(null, [new("Средний баланс ушедших", 1_250_000, 980_000), new("Средний доход", 75_000, 82_000)], "октябрь", "ноябрь", ValueAxis.Money),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    private static HeatmapSpec Big(int n) => new(
        null,
        [.. Enumerable.Range(0, n).Select(i => $"признак_{i}")],
        [.. Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Select(c => r == c ? 1.0 : 0.01 * ((r * c) % 100)).ToImmutableArray())]);
}
