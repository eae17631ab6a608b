using System.Collections.Immutable;
using BankChurn.Core.Analysis;
using BankChurn.Core.Report;
using BankChurn.Core.Report.Charts;

namespace BankChurn.IO.Tests.Pdf.Charts;

/// <summary>Chart specs shaped like the deck's, with Russian labels: the ordinary cases and the awkward ones.</summary>
internal static class ChartSamples
{
    public static BarChartSpec Cities() => new(
        "Доля ушедших по городам",
        [
            new BarItem("Ярославль", 0.190, new Interval(0.180, 0.200), Highlight: true),
            new BarItem("Рыбинск", 0.163, new Interval(0.147, 0.180)),
            new BarItem("Ростов Великий", 0.188, new Interval(0.168, 0.210)),
        ],
        0.182,
        "в среднем",
        ValueAxis.Percent);

    public static BarChartSpec Ranking() => new(
        "Сегменты по доле оттока",
        [
            new BarItem("Мужчины 25–35 лет с кредитной картой и балансом выше 1 млн ₽", 0.412, new Interval(0.37, 0.45), true),
            new BarItem("Активные клиенты с 4+ продуктами", 0.352, new Interval(0.31, 0.39), true),
            new BarItem("Ярославль, собственность 3–5 баллов", 0.281, new Interval(0.25, 0.31)),
            new BarItem("Женщины 50–60 лет", 0.214, new Interval(0.19, 0.24)),
            new BarItem("Рыбинск, один продукт", 0.121, new Interval(0.10, 0.14)),
            new BarItem("Клиенты без баланса", 0.005, new Interval(0.002, 0.011)),
        ],
        0.182,
        "в среднем по банку",
        ValueAxis.Percent,
        Horizontal: true);

    public static GroupedBarChartSpec Products() => new(
        "Число продуктов: ушедшие и оставшиеся",
        ["1 продукт", "2 продукта", "3 продукта", "4 продукта", "5 продуктов"],
        [
            new BarSeries("Оставшиеся", [0.380, 0.512, 0.081, 0.026, 0.001]),
            new BarSeries("Ушедшие", [0.128, 0.541, 0.162, 0.164, 0.005], Highlight: true),
        ],
        ValueAxis.Percent);

    public static DistributionChartSpec Ages()
    {
        ImmutableArray<double> grid = [.. Enumerable.Range(0, 69).Select(i => 18.0 + i)];
        static double Normal(double x, double mean, double sd) => Math.Exp(-0.5 * Math.Pow((x - mean) / sd, 2)) / (sd * Math.Sqrt(2 * Math.PI));
        return new DistributionChartSpec(
            "Возраст: ушедшие и оставшиеся",
            [
                new DistributionSeries("Оставшиеся", grid, [.. grid.Select(x => Normal(x, 43, 12))]),
                new DistributionSeries("Ушедшие", grid, [.. grid.Select(x => (0.6 * Normal(x, 30, 5)) + (0.4 * Normal(x, 55, 4)))], Highlight: true),
            ],
            [new ShadedRange(25, 35, "25–35 лет: отток 24,1 %"), new ShadedRange(50, 60, "50–60 лет: отток 27,6 %")],
            ValueAxis.Integer);
    }

    public static readonly ImmutableArray<string> Columns =
        ["score", "age", "balance", "est_salary", "city", "gender", "products", "equity", "credit_card", "last_activity", "churn"];

    public static HeatmapSpec PhiK()
    {
        int n = Columns.Length;
        ImmutableArray<ImmutableArray<double>> values = [.. Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n)
            .Select(c => r == c ? 1.0 : Math.Round(Math.Abs(Math.Sin((r + 1) * (c + 1) * 0.7)) * (r + c == 10 ? 0.9 : 0.45), 2))
            .ToImmutableArray())];
        // Symmetric, like phi_K.
        values = [.. Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Select(c => values[Math.Min(r, c)][Math.Max(r, c)]).ToImmutableArray())];
        return new HeatmapSpec("Связи между признаками (phi_K)", Columns, values);
    }

    public static ForestPlotSpec Hypotheses() => new(
        "Размеры эффектов по гипотезам",
        [
            new ForestItem("Доход ушедших выше, чем у оставшихся", 0.07, 0.02, 0.12, true),
            new ForestItem("Клиенты с одним продуктом моложе, чем с двумя", -0.18, -0.24, -0.12, true),
            new ForestItem("Клиенты с высоким балансом уходят реже", -0.03, -0.11, 0.05, false),
            new ForestItem("Кредитный рейтинг ушедших выше", 0.21, 0.15, 0.27, true),
        ],
        0,
        "Размер эффекта, d Коэна (95 % ДИ)");

    public static ChangeChartSpec MonthOverMonth() => new(
        "Доля оттока: октябрь → ноябрь",
        [
            new ChangeItem("Весь банк", 0.176, 0.182),
            new ChangeItem("Ярославль", 0.181, 0.190),
            new ChangeItem("Рыбинск", 0.170, 0.163),
            new ChangeItem("Ростов Великий", 0.168, 0.188),
            new ChangeItem("Мужчины 25–35 лет с кредитной картой", 0.398, 0.412),
            new ChangeItem("Клиенты без баланса", 0.006, 0.005),
        ],
        "октябрь 2026",
        "ноябрь 2026",
        ValueAxis.Percent);

    /// <summary>Thirty age bands: too many for level labels under columns.</summary>
    public static BarChartSpec ThirtyBars() => new(
        "Отток по возрастным группам",
        [.. Enumerable.Range(0, 30).Select(i => new BarItem($"{18 + (2 * i)}–{19 + (2 * i)} лет", 0.05 + (0.3 * Math.Abs(Math.Sin(i * 0.4))), Highlight: i % 7 == 3))],
        0.182,
        "в среднем",
        ValueAxis.Percent);

    /// <summary>Every spec the deck uses, by a short name for test output.</summary>
    public static readonly string[] Names = ["cities", "ranking", "products", "ages", "phik", "forest", "change", "thirty"];

    public static ChartSpec ByName(string name) => name switch
    {
        "cities" => Cities(),
        "ranking" => Ranking(),
        "products" => Products(),
        "ages" => Ages(),
        "phik" => PhiK(),
        "forest" => Hypotheses(),
        "change" => MonthOverMonth(),
        _ => ThirtyBars(),
    };

    /// <summary>A slide holding one chart, or a chart beside a short text.</summary>
    public static Slide Slide(string title, ChartSpec chart, params string[] notes) => new(
        "chart",
        title,
        null,
        notes.Length == 0 ? [new ChartBlock(chart)] : [new ChartBlock(chart), new TextBlock([.. notes], Heading: "Что важно")]);

    /// <summary>A deck with one slide per chart type, for the PDF test and for looking at.</summary>
    public static Report Deck() => new(
        SampleReport.Meta(),
        [
            Slide("В Ярославле уходят чаще: 19,0 % против 18,2 % в среднем", Cities(), "Ярославль — крупнейший город и самый высокий отток.", "Рыбинск ниже среднего: 16,3 %."),
            Slide("Два сегмента уходят вдвое чаще среднего", Ranking()),
            Slide("Среди ушедших больше клиентов с 3–4 продуктами", Products()),
            Slide("Уходят клиенты 25–35 и 50–60 лет", Ages()),
            Slide("С оттоком сильнее всего связаны собственность и продукты", PhiK()),
            Slide("Три гипотезы из четырёх подтвердились", Hypotheses(), "Эффекты малые: d от 0,07 до 0,21."),
            Slide("Отток вырос в Ростове Великом на 2,0 п. п.", MonthOverMonth()),
            Slide("Отток по возрасту: пики в 26–35 и 50–59 лет", ThirtyBars()),
            .. AwkwardCharts.Names.Where(n => !n.StartsWith("empty", StringComparison.Ordinal)).Select(n => Slide("Неудобные данные: " + n, AwkwardCharts.ByName(n), "Проверка раскладки.")),
            Slide("Пустые данные", AwkwardCharts.ByName("empty-bars"), "Пусто."),
        ],
        [SampleReport.QualitySheet()]);
}
